/**
 * Test helper: a tiny relying party that walks the authorization-code flow with fetch,
 * carrying cookies like a browser would. Used by the dev provider's tests only.
 */
import { createHash, randomBytes } from "node:crypto";

export type Discovery = {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
  scopes_supported: string[];
  claims_supported: string[];
};

export class CookieBrowser {
  private readonly cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    }
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(";", 1)[0] ?? "";
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      if (value === "" || /expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  postForm(url: string, fields: Record<string, string>): Promise<Response> {
    return this.request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /** Follows redirects until one points at `target` (the app's redirect URI) and returns that URL. */
  async followUntil(response: Response, target: string): Promise<URL> {
    let current = response;
    for (let hop = 0; hop < 5; hop++) {
      const location = current.headers.get("location");
      if (!location) throw new Error(`Expected a redirect, got HTTP ${current.status}`);
      const next = new URL(location, current.url);
      if (next.href.startsWith(target)) return next;
      current = await this.request(next.href);
    }
    throw new Error("Too many redirects");
  }
}

export async function discover(issuer: string): Promise<Discovery> {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`Discovery failed with HTTP ${response.status}`);
  return (await response.json()) as Discovery;
}

export type AuthorizationRequest = { clientId: string; redirectUri: string; scope: string };

/** Sends the authorization request; returns the interaction page URL and the PKCE verifier. */
export async function authorize(browser: CookieBrowser, discovery: Discovery, request: AuthorizationRequest) {
  const codeVerifier = randomBytes(32).toString("base64url");
  const state = randomBytes(16).toString("base64url");
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    response_type: "code",
    scope: request.scope,
    state,
    nonce: randomBytes(16).toString("base64url"),
    code_challenge: createHash("sha256").update(codeVerifier).digest("base64url"),
    code_challenge_method: "S256",
  }).toString();
  const response = await browser.request(url.href);
  const location = response.headers.get("location");
  return { response, codeVerifier, state, interactionUrl: location ? new URL(location, url).href : undefined };
}

export async function exchangeCode(
  discovery: Discovery,
  client: { clientId: string; clientSecret: string },
  grant: { code: string; redirectUri: string; codeVerifier: string },
) {
  const credentials = `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`;
  const response = await fetch(discovery.token_endpoint, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(credentials).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: grant.code,
      redirect_uri: grant.redirectUri,
      code_verifier: grant.codeVerifier,
    }).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export function decodeJwtPayload(jwt: string): Record<string, unknown> {
  const payload = jwt.split(".")[1];
  if (!payload) throw new Error("Not a JWT");
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
}
