/**
 * Reads an upload into memory while hashing it, and stops the moment it passes the limit: an
 * oversized file is refused before anything is stored, and memory stays bounded by the limit.
 */
import { createHash } from "node:crypto";

export type ReadResult = { ok: true; content: Buffer; size: number; sha256: string } | { ok: false; code: "tooLarge" };

export type ByteSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

export async function readLimited(source: ByteSource, maxBytes: number): Promise<ReadResult> {
  const hash = createHash("sha256");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const piece of source) {
    const chunk = typeof piece === "string" ? Buffer.from(piece) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    size += chunk.length;
    // Leaving the loop ends the iteration, which destroys a Node stream: reading stops here.
    if (size > maxBytes) return { ok: false, code: "tooLarge" };
    hash.update(chunk);
    chunks.push(chunk);
  }
  return { ok: true, content: Buffer.concat(chunks, size), size, sha256: hash.digest("hex") };
}
