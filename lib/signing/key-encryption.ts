/**
 * Private keys at rest: AES-256-GCM under a key-encryption key (KEK) from the environment
 * (SIGNING_KEK). Format, version 1: [0x01][12-byte IV][16-byte tag][ciphertext]. The version byte
 * and the key id are authenticated as associated data, so a blob cannot be moved to another key row.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = 0x01;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
const KEK_LENGTH = 32;

function assertKek(kek: Uint8Array): void {
  if (kek.length !== KEK_LENGTH) throw new Error(`The key-encryption key must be ${KEK_LENGTH} bytes, got ${kek.length}`);
}

function aadOf(associatedData: string): Buffer {
  return Buffer.concat([Buffer.from([VERSION]), Buffer.from(associatedData, "utf8")]);
}

/** Encrypts a PKCS#8 private key; `associatedData` (the kid) must be given again to decrypt. */
export function encryptPrivateKey(pkcs8Der: Uint8Array, kek: Uint8Array, associatedData: string): Uint8Array {
  assertKek(kek);
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv("aes-256-gcm", kek, iv, { authTagLength: TAG_LENGTH });
  cipher.setAAD(aadOf(associatedData));
  const ciphertext = Buffer.concat([cipher.update(pkcs8Der), cipher.final()]);
  return new Uint8Array(Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ciphertext]));
}

/** Decrypts what encryptPrivateKey produced. Throws on a wrong KEK, wrong kid or tampered data. */
export function decryptPrivateKey(encrypted: Uint8Array, kek: Uint8Array, associatedData: string): Uint8Array {
  assertKek(kek);
  if (encrypted.length < 1 + IV_LENGTH + TAG_LENGTH + 1) throw new Error("Encrypted private key is too short");
  if (encrypted[0] !== VERSION) throw new Error(`Unknown encrypted private key format version ${encrypted[0]}`);
  const iv = encrypted.subarray(1, 1 + IV_LENGTH);
  const tag = encrypted.subarray(1 + IV_LENGTH, 1 + IV_LENGTH + TAG_LENGTH);
  const ciphertext = encrypted.subarray(1 + IV_LENGTH + TAG_LENGTH);
  const decipher = createDecipheriv("aes-256-gcm", kek, iv, { authTagLength: TAG_LENGTH });
  decipher.setAAD(aadOf(associatedData));
  decipher.setAuthTag(tag);
  try {
    return new Uint8Array(Buffer.concat([decipher.update(ciphertext), decipher.final()]));
  } catch (error) {
    throw new Error("Cannot decrypt the private key: wrong key-encryption key (SIGNING_KEK), wrong key id, or corrupted data", { cause: error });
  }
}

/**
 * Parses SIGNING_KEK: base64 or base64url (padding optional, surrounding whitespace ignored)
 * of exactly 32 bytes. Throws an English error that says how to generate one.
 */
export function parseKek(value: string | undefined): Uint8Array {
  const hint = "expected 32 random bytes in base64 or base64url, e.g. the output of `openssl rand -base64 32`";
  const text = value?.trim() ?? "";
  if (text === "") throw new Error(`SIGNING_KEK is not set: ${hint}`);
  const unpadded = text.replace(/={1,2}$/, "");
  const isBase64 = /^[A-Za-z0-9+/]+$/.test(unpadded);
  const isBase64Url = /^[A-Za-z0-9_-]+$/.test(unpadded);
  if (!isBase64 && !isBase64Url) throw new Error(`SIGNING_KEK is not base64/base64url: ${hint}`);
  if (text !== unpadded && text.length % 4 !== 0) throw new Error(`SIGNING_KEK has invalid base64 padding: ${hint}`);
  const bytes = Buffer.from(unpadded, isBase64 ? "base64" : "base64url");
  // Re-encoding must reproduce the input, so stray trailing bits are not silently dropped.
  if (bytes.toString(isBase64 ? "base64" : "base64url").replace(/=+$/, "") !== unpadded) {
    throw new Error(`SIGNING_KEK is not canonical base64/base64url: ${hint}`);
  }
  if (bytes.length !== KEK_LENGTH) throw new Error(`SIGNING_KEK decodes to ${bytes.length} bytes, not ${KEK_LENGTH}: ${hint}`);
  return new Uint8Array(bytes);
}
