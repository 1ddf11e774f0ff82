/**
 * The one interface all signing goes through. Today keys are local (WebCrypto); a PKCS#11 HSM,
 * a cloud KMS or a remote qualified seal (CSC API) can implement the same interface later.
 */
import { sha256, toArrayBuffer, toBase64Url } from "./bytes";
import { spkiOfCertificate } from "./certificate-info";

/** A signing key with its certificate chain. Only ECDSA P-256 with SHA-256 (ES256) is used. */
export interface Signer {
  /** base64url SHA-256 of the leaf certificate DER (= JWS `x5t#S256`). */
  readonly kid: string;
  readonly algorithm: "ES256";
  /** DER certificates, leaf first, root last. */
  readonly certificateChain: Uint8Array[];
  /** ECDSA P-256 over SHA-256(data); returns the raw r||s signature (64 bytes). */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** The key id of a certificate: base64url(SHA-256(DER)), the JWS `x5t#S256` value. */
export function keyIdOf(certDer: Uint8Array): string {
  return toBase64Url(sha256(certDer));
}

const ECDSA_P256 = { name: "ECDSA", namedCurve: "P-256" } as const;
const ES256 = { name: "ECDSA", hash: "SHA-256" } as const;

/** A Signer backed by a PKCS#8 P-256 private key held in process memory (non-extractable). */
export class LocalKeySigner implements Signer {
  readonly algorithm = "ES256" as const;

  private constructor(
    readonly kid: string,
    readonly certificateChain: Uint8Array[],
    private readonly privateKey: CryptoKey,
  ) {}

  /**
   * Imports the key and checks that it belongs to the leaf certificate (a test signature is
   * verified with the certificate's public key), so a mismatched key/certificate pair fails early.
   */
  static async create(pkcs8Der: Uint8Array, chainDer: Uint8Array[]): Promise<LocalKeySigner> {
    const leaf = chainDer[0];
    if (!leaf) throw new Error("LocalKeySigner needs a certificate chain with at least the leaf certificate");
    const subtle = globalThis.crypto.subtle;
    let privateKey: CryptoKey;
    try {
      privateKey = await subtle.importKey("pkcs8", toArrayBuffer(pkcs8Der), ECDSA_P256, false, ["sign"]);
    } catch (error) {
      throw new Error("The private key is not a PKCS#8 ECDSA P-256 key", { cause: error });
    }
    let publicKey: CryptoKey;
    try {
      publicKey = await subtle.importKey("spki", toArrayBuffer(spkiOfCertificate(leaf)), ECDSA_P256, false, ["verify"]);
    } catch (error) {
      throw new Error("The leaf certificate does not hold an ECDSA P-256 public key", { cause: error });
    }
    const probe = new TextEncoder().encode("okienko key/certificate pairing check");
    const signature = await subtle.sign(ES256, privateKey, probe);
    if (!(await subtle.verify(ES256, publicKey, signature, probe))) {
      throw new Error("The private key does not match the leaf certificate");
    }
    return new LocalKeySigner(keyIdOf(leaf), chainDer.map((c) => new Uint8Array(c)), privateKey);
  }

  /** Signs with ECDSA P-256 / SHA-256; returns raw r||s. */
  async sign(data: Uint8Array): Promise<Uint8Array> {
    return new Uint8Array(await globalThis.crypto.subtle.sign(ES256, this.privateKey, toArrayBuffer(data)));
  }
}
