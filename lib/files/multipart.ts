/**
 * Streams a multipart/form-data request body (busboy) instead of buffering it like
 * `request.formData()`: the text fields that come before the file, then the file as a stream.
 */
import "server-only";

import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";

import busboy from "busboy";

export type MultipartFile = { name: string; stream: Readable };
export type MultipartUpload = {
  fields: Record<string, string>;
  /** The first file part, or null when the body has none. */
  file: MultipartFile | null;
  /** Stops reading the request (the rest of the body is not read). */
  abort(): void;
};

export type MultipartLimits = { maxFileBytes: number };

export function isMultipart(contentType: string | null): boolean {
  return !!contentType && /^multipart\/form-data\s*;/i.test(contentType);
}

/** Resolves as soon as the file part starts (its stream must then be read or the upload aborted). */
export function readMultipartUpload(request: Request, limits: MultipartLimits): Promise<MultipartUpload> {
  return new Promise((resolve, reject) => {
    if (!request.body) return reject(new Error("empty body"));
    const parser = busboy({
      headers: { "content-type": request.headers.get("content-type") ?? "" },
      limits: { files: 1, fields: 10, parts: 12, fieldSize: 4 * 1024, fieldNameSize: 100, fileSize: limits.maxFileBytes + 1 },
      defParamCharset: "utf8",
    });
    const body = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
    const fields: Record<string, string> = {};
    let settled = false;
    const abort = () => {
      body.unpipe(parser);
      body.destroy();
      parser.destroy();
    };
    const settle = (file: MultipartFile | null) => {
      if (settled) return;
      settled = true;
      resolve({ fields, file, abort });
    };
    parser.on("field", (name, value) => {
      if (!(name in fields)) fields[name] = value;
    });
    parser.on("file", (_name, stream, info) => {
      if (settled) return void stream.resume();
      settle({ name: info.filename ?? "", stream });
    });
    parser.on("close", () => settle(null));
    parser.on("error", (error) => (settled ? undefined : ((settled = true), reject(error))));
    body.on("error", (error) => (settled ? undefined : ((settled = true), reject(error))));
    body.pipe(parser);
  });
}
