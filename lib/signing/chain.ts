/**
 * Certificate path checks for our own small PKI: leaf → (intermediates) → a pinned trusted root.
 * Checks names, signatures, validity at a given time, CA constraints, key usage, and unknown
 * critical extensions. No revocation (our seal certificates are short-lived and pinned).
 */
import * as pkijs from "pkijs";
import type * as asn1js from "asn1js";
import { bytesEqual } from "./bytes";
import { certInfoOf, parseCertificate, parseCertificateCached, type CertInfo, type ParsedCertificate } from "./certificate-info";
import { OID } from "./oids";
import { cryptoEngine } from "./pkijs-engine";

/** Result of verifyChain: the described leaf, or the first reason the path failed. */
export type ChainVerdict = { ok: true; leaf: CertInfo; trustedRoot: CertInfo } | { ok: false; reason: string };

const KNOWN_CRITICAL = new Set([OID.basicConstraints, OID.keyUsage, "2.5.29.37", "2.5.29.17", "2.5.29.32"]);
const KU_DIGITAL_SIGNATURE = 0x80;
const KU_NON_REPUDIATION = 0x40;
const KU_KEY_CERT_SIGN = 0x04;

type Parsed = ParsedCertificate;

function extension(cert: pkijs.Certificate, oid: string): pkijs.Extension | undefined {
  return cert.extensions?.find((e) => e.extnID === oid);
}

/** First byte of the KeyUsage bit string, or null when the extension is absent. */
function keyUsageBits(cert: pkijs.Certificate): number | null {
  const ext = extension(cert, OID.keyUsage);
  if (!ext) return null;
  const bits = ext.parsedValue as asn1js.BitString | undefined;
  return bits?.valueBlock.valueHexView[0] ?? 0;
}

function validityProblem(cert: pkijs.Certificate, at: Date, label: string): string | null {
  if (at < cert.notBefore.value) return `${label} is not valid yet at ${at.toISOString()} (notBefore ${cert.notBefore.value.toISOString()})`;
  if (at > cert.notAfter.value) return `${label} expired before ${at.toISOString()} (notAfter ${cert.notAfter.value.toISOString()})`;
  return null;
}

function unknownCriticalExtension(cert: pkijs.Certificate): string | null {
  return cert.extensions?.find((e) => e.critical && !KNOWN_CRITICAL.has(e.extnID as never))?.extnID ?? null;
}

/** Checks that `issuer` may issue certificates with `below` CA certificates under it. */
function caProblem(issuer: pkijs.Certificate, below: number, label: string): string | null {
  const bc = extension(issuer, OID.basicConstraints)?.parsedValue as pkijs.BasicConstraints | undefined;
  if (!bc?.cA) return `${label} is not a CA certificate`;
  const pathLen = typeof bc.pathLenConstraint === "number" ? bc.pathLenConstraint : (bc.pathLenConstraint?.valueBlock.valueDec ?? Infinity);
  if (below > pathLen) return `${label} path length constraint exceeded`;
  const ku = keyUsageBits(issuer);
  if (ku !== null && !(ku & KU_KEY_CERT_SIGN)) return `${label} key usage does not allow certificate signing`;
  return null;
}

async function signedBy(child: pkijs.Certificate, issuer: pkijs.Certificate): Promise<boolean> {
  if (!child.issuer.isEqual(issuer.subject)) return false;
  try {
    return await child.verify(issuer, cryptoEngine);
  } catch {
    return false;
  }
}

/**
 * Verifies `chainDer` (leaf first) up to one of `trustedRoots` at time `at`. The chain may end
 * with the root itself (it must then equal a trusted root byte for byte) or just below it.
 * Every certificate given must be on the path. The leaf must allow digital signatures.
 */
export async function verifyChain(chainDer: Uint8Array[], trustedRoots: Uint8Array[], at: Date): Promise<ChainVerdict> {
  if (chainDer.length === 0) return { ok: false, reason: "No certificates" };
  if (chainDer.length > 8) return { ok: false, reason: "Certificate chain is too long" };
  const chain: Parsed[] = [];
  for (const [index, der] of chainDer.entries()) {
    try {
      chain.push({ cert: parseCertificate(der), der });
    } catch {
      return { ok: false, reason: `Certificate ${index} is malformed` };
    }
  }
  return verifyParsedChain(chain, trustedRoots, at);
}

/** verifyChain for certificates the caller has already parsed (saves ≈1 ms per certificate). */
export async function verifyParsedChain(chain: ParsedCertificate[], trustedRoots: Uint8Array[], at: Date): Promise<ChainVerdict> {
  try {
    if (chain.length === 0) return { ok: false, reason: "No certificates" };
    if (chain.length > 8) return { ok: false, reason: "Certificate chain is too long" };
    const roots: Parsed[] = [];
    for (const der of trustedRoots) {
      try {
        roots.push({ cert: parseCertificateCached(der), der });
      } catch {
        // An unparsable trust anchor simply anchors nothing.
      }
    }

    const leaf = chain[0]!;
    const leafKu = keyUsageBits(leaf.cert);
    if (leafKu !== null && !(leafKu & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION))) {
      return { ok: false, reason: "Signer certificate key usage does not allow signatures" };
    }

    for (let i = 0; i < chain.length; i++) {
      const { cert, der } = chain[i]!;
      const label = i === 0 ? "Signer certificate" : `Certificate ${i}`;
      const critical = unknownCriticalExtension(cert);
      if (critical) return { ok: false, reason: `${label} has an unsupported critical extension ${critical}` };
      const pinned = roots.find((root) => bytesEqual(root.der, der));
      if (pinned) {
        if (i === 0) return { ok: false, reason: "The signer certificate is a root certificate" };
        if (i !== chain.length - 1) return { ok: false, reason: "Certificates follow the trusted root" };
        const problem = validityProblem(cert, at, "Root certificate");
        return problem ? { ok: false, reason: problem } : { ok: true, leaf: certInfoOf(leaf.cert, leaf.der), trustedRoot: certInfoOf(cert, der) };
      }
      const validity = validityProblem(cert, at, label);
      if (validity) return { ok: false, reason: validity };

      const next = chain[i + 1];
      if (next) {
        const problem = caProblem(next.cert, i, `Certificate ${i + 1}`);
        if (problem) return { ok: false, reason: problem };
        if (!(await signedBy(cert, next.cert))) return { ok: false, reason: `${label} is not signed by certificate ${i + 1}` };
        continue;
      }
      for (const root of roots) {
        if (!(await signedBy(cert, root.cert))) continue;
        const problem = caProblem(root.cert, i, "Root certificate") ?? validityProblem(root.cert, at, "Root certificate");
        if (problem) return { ok: false, reason: problem };
        return { ok: true, leaf: certInfoOf(leaf.cert, leaf.der), trustedRoot: certInfoOf(root.cert, root.der) };
      }
    }
    return { ok: false, reason: "The certificate chain does not lead to a trusted root" };
  } catch (error) {
    return { ok: false, reason: `Certificate chain check failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Orders certificates carried in a CMS as a path starting at `leaf` (each next one the issuer of
 * the previous, by name). Returns null when some certificate is not on that path: CMS structures
 * we accept carry no unrelated extras.
 */
export function orderCertificatePath(leaf: ParsedCertificate, others: ParsedCertificate[]): ParsedCertificate[] | null {
  const remaining = [...others];
  const chain = [leaf];
  let current = leaf.cert;
  while (remaining.length > 0 && !current.issuer.isEqual(current.subject)) {
    const index = remaining.findIndex(({ cert }) => cert.subject.isEqual(current.issuer));
    if (index < 0) break;
    const [next] = remaining.splice(index, 1);
    chain.push(next!);
    current = next!.cert;
  }
  return remaining.length > 0 ? null : chain;
}
