/**
 * HTTP side of the development mail catcher: a JSON API for end-to-end tests and a small Polish
 * web page for developers.
 *
 *   GET    /                      inbox page (newest first)
 *   GET    /messages/:id          one message as a page (text body, link to the HTML body)
 *   GET    /api/messages[?to=a]   JSON array, newest last; `to` filters by recipient (case-insensitive)
 *   DELETE /api/messages          clears the mailbox (204)
 *   GET    /api/messages/:id      one message as JSON (404 when unknown)
 *   DELETE /api/messages/:id      removes one message (204, 404 when unknown)
 *   GET    /api/messages/:id/html the HTML body, served sandboxed (Content-Security-Policy: sandbox)
 *   GET    /api/outage            {"down": boolean}
 *   POST   /api/outage            body {"down": true|false}: simulate an SMTP outage (421) or end it
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { renderInboxPage, renderMessagePage, renderNotFoundPage } from "./pages";
import type { MailStore } from "./store";

export type CatcherState = { store: MailStore; outage: { down: boolean } };

const MAX_BODY_BYTES = 1024;

function send(res: ServerResponse, status: number, contentType: string | null, body = "", extra: Record<string, string> = {}): void {
  const headers: Record<string, string> = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...extra };
  if (contentType) headers["Content-Type"] = contentType;
  res.writeHead(status, headers);
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value));
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  send(res, status, "text/html; charset=utf-8", html, {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  });
}

function decodeId(segment: string | undefined): string {
  try {
    return decodeURIComponent(segment ?? "");
  } catch {
    return "";
  }
}

function methodNotAllowed(res: ServerResponse, allow: string[]): void {
  send(res, 405, "application/json; charset=utf-8", JSON.stringify({ error: "Method not allowed" }), { Allow: allow.join(", ") });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error("Request body too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function setOutage(req: IncomingMessage, res: ServerResponse, state: CatcherState): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return sendJson(res, 400, { error: 'Expected a JSON body {"down": true} or {"down": false}' });
  }
  const down = typeof body === "object" && body !== null ? (body as { down?: unknown }).down : undefined;
  if (typeof down !== "boolean") return sendJson(res, 400, { error: 'Expected a JSON body {"down": true} or {"down": false}' });
  state.outage.down = down;
  sendJson(res, 200, { down });
}

export function createHttpHandler(state: CatcherState): (req: IncomingMessage, res: ServerResponse) => void {
  const { store } = state;
  return (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    const path = url.pathname.replace(/\/+$/, "") || "/";

    if (path === "/") {
      if (method !== "GET" && method !== "HEAD") return methodNotAllowed(res, ["GET"]);
      return sendHtml(res, 200, renderInboxPage(store.list(), state.outage.down));
    }

    const page = /^\/messages\/([^/]+)$/.exec(path);
    if (page) {
      if (method !== "GET" && method !== "HEAD") return methodNotAllowed(res, ["GET"]);
      const message = store.get(decodeId(page[1]));
      return message ? sendHtml(res, 200, renderMessagePage(message)) : sendHtml(res, 404, renderNotFoundPage());
    }

    if (path === "/api/messages") {
      if (method === "GET" || method === "HEAD") return sendJson(res, 200, store.list(url.searchParams.get("to") ?? undefined));
      if (method === "DELETE") {
        store.clear();
        return send(res, 204, null);
      }
      return methodNotAllowed(res, ["GET", "DELETE"]);
    }

    const one = /^\/api\/messages\/([^/]+)(\/html)?$/.exec(path);
    if (one) {
      const id = decodeId(one[1]);
      if (one[2]) {
        if (method !== "GET" && method !== "HEAD") return methodNotAllowed(res, ["GET"]);
        const html = store.get(id)?.html;
        if (!html) return sendJson(res, 404, { error: "No such message or it has no HTML body" });
        // The message's own HTML runs in a sandbox: no scripts, no same-origin access.
        return send(res, 200, "text/html; charset=utf-8", html, { "Content-Security-Policy": "sandbox" });
      }
      if (method === "GET" || method === "HEAD") {
        const message = store.get(id);
        return message ? sendJson(res, 200, message) : sendJson(res, 404, { error: "No such message" });
      }
      if (method === "DELETE") return store.remove(id) ? send(res, 204, null) : sendJson(res, 404, { error: "No such message" });
      return methodNotAllowed(res, ["GET", "DELETE"]);
    }

    if (path === "/api/outage") {
      if (method === "GET" || method === "HEAD") return sendJson(res, 200, { down: state.outage.down });
      if (method === "POST") return void setOutage(req, res, state);
      return methodNotAllowed(res, ["GET", "POST"]);
    }

    sendJson(res, 404, { error: "Not found" });
  };
}
