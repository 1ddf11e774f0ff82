/**
 * The platform's keys, kept in `signing_keys`: one root CA, the submission seal (the portal's
 * confirmation of a resident's signature) and one receipt seal per office. Created on first use
 * (or by `npm run signing:init`), private keys encrypted under SIGNING_KEK. Everything else
  * gets a `Signer`, so an HSM or a KMS can take the local keys' place without other changes.
 */

import { and, desc, eq, isNull, sql } from "drizzle-orm";

import type { Database, Executor } from "@/db/client";
import { offices, signingKeys, type SigningKeyPurpose } from "@/db/schema";
import { signingConfig } from "@/lib/env";
import { decryptPrivateKey, encryptPrivateKey, parseKek } from "./key-encryption";
import { createRootCa, issueSealCertificate } from "./pki";
import { LocalKeySigner, type Signer } from "./signer";

const PLATFORM_NAME = "Okienko";
const signers = new Map<string, Promise<Signer>>();

type KeyRow = typeof signingKeys.$inferSelect;
type Issued = { certDer: Uint8Array; pkcs8Der: Uint8Array; kid: string; notBefore: Date; notAfter: Date };

function kek(): Uint8Array {
  return parseKek(signingConfig().SIGNING_KEK);
}

async function activeKey(db: Executor, purpose: SigningKeyPurpose, officeId: string | null): Promise<KeyRow | undefined> {
  const [row] = await db
    .select()
    .from(signingKeys)
    .where(and(eq(signingKeys.purpose, purpose), eq(signingKeys.status, "active"), officeId ? eq(signingKeys.officeId, officeId) : isNull(signingKeys.officeId)))
    .orderBy(desc(signingKeys.createdAt))
    .limit(1);
  return row;
}

async function store(tx: Executor, purpose: SigningKeyPurpose, issued: Issued, issuerKid: string | null, officeId: string | null): Promise<KeyRow> {
  const [row] = await tx
    .insert(signingKeys)
    .values({
      kid: issued.kid,
      purpose,
      officeId,
      certificate: Buffer.from(issued.certDer),
      issuerKid,
      encryptedPrivateKey: Buffer.from(encryptPrivateKey(issued.pkcs8Der, kek(), issued.kid)),
      notBefore: issued.notBefore,
      notAfter: issued.notAfter,
    })
    .returning();
  return row!;
}

function rootMaterial(row: KeyRow) {
  if (!row.encryptedPrivateKey) throw new Error("The root CA's private key is not available here; issue new seal keys where it is kept.");
  return { certDer: new Uint8Array(row.certificate), pkcs8Der: decryptPrivateKey(new Uint8Array(row.encryptedPrivateKey), kek(), row.kid) };
}

/** Serialises key creation across processes for the rest of the transaction. */
async function lockKeys(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('okienko.signing-keys'))`);
}

/** Certificates start an hour early: a request that began just before a key was made still falls inside it, as does modest clock skew. */
const backdated = (now: Date) => new Date(now.getTime() - 60 * 60 * 1000);

async function ensureRoot(tx: Executor, now: Date): Promise<KeyRow> {
  const existing = await activeKey(tx, "root", null);
  if (existing) return existing;
  return store(tx, "root", await createRootCa({ commonName: `${PLATFORM_NAME} Root CA`, now: backdated(now) }), null, null);
}

async function issue(tx: Executor, purpose: "submission-seal" | "receipt-seal", office: { id: string; name: string } | null, now: Date): Promise<KeyRow> {
  const root = await ensureRoot(tx, now);
  const commonName = office ? `${office.name} — pieczęć UPO` : `${PLATFORM_NAME} — pieczęć potwierdzenia podpisu`;
  const issued = await issueSealCertificate(rootMaterial(root), { commonName, organization: office?.name ?? PLATFORM_NAME, purpose, now: backdated(now) });
  return store(tx, purpose, issued, root.kid, office?.id ?? null);
}

/** Creates what is missing: the root, the submission seal and a receipt seal for every office. */
export async function ensureSigningKeys(db: Database, now = new Date()): Promise<{ created: string[] }> {
  return db.transaction(async (tx) => {
    await lockKeys(tx);
    const created: string[] = [];
    const hadRoot = !!(await activeKey(tx, "root", null));
    const root = await ensureRoot(tx, now);
    if (!hadRoot) created.push(`root ${root.kid}`);
    if (!(await activeKey(tx, "submission-seal", null))) created.push(`submission-seal ${(await issue(tx, "submission-seal", null, now)).kid}`);
    for (const office of await tx.select({ id: offices.id, name: offices.name }).from(offices)) {
      if (!(await activeKey(tx, "receipt-seal", office.id))) created.push(`receipt-seal ${office.name} ${(await issue(tx, "receipt-seal", office, now)).kid}`);
    }
    return { created };
  });
}

async function keyFor(db: Database, purpose: "submission-seal" | "receipt-seal", office: { id: string; name: string } | null): Promise<KeyRow> {
  const found = await activeKey(db, purpose, office?.id ?? null);
  if (found) return found;
  return db.transaction(async (tx) => {
    await lockKeys(tx);
    return (await activeKey(tx, purpose, office?.id ?? null)) ?? issue(tx, purpose, office, new Date());
  });
}

async function signerOf(db: Executor, row: KeyRow): Promise<Signer> {
  let cached = signers.get(row.kid);
  if (!cached) {
    cached = (async () => {
      if (!row.encryptedPrivateKey) throw new Error(`Key ${row.kid} has no local private key`);
      const chain = [new Uint8Array(row.certificate)];
      let issuerKid = row.issuerKid;
      while (issuerKid) {
        const [issuer] = await db.select().from(signingKeys).where(eq(signingKeys.kid, issuerKid));
        if (!issuer) throw new Error(`Issuer ${issuerKid} of key ${row.kid} is missing`);
        chain.push(new Uint8Array(issuer.certificate));
        issuerKid = issuer.issuerKid;
      }
      return LocalKeySigner.create(decryptPrivateKey(new Uint8Array(row.encryptedPrivateKey), kek(), row.kid), chain);
    })();
    cached.catch(() => signers.delete(row.kid));
    signers.set(row.kid, cached);
  }
  return cached;
}

/** The portal's seal confirming residents' signatures. */
export async function submissionSigner(db: Database): Promise<Signer> {
  return signerOf(db, await keyFor(db, "submission-seal", null));
}

/** The office's receipt seal (created on first use for an office added later). */
export async function receiptSigner(db: Database, office: { id: string; name: string }): Promise<Signer> {
  return signerOf(db, await keyFor(db, "receipt-seal", office));
}

/** Retires the active key of that purpose and issues a new one under the same root. */
export async function rotateSealKey(db: Database, purpose: "submission-seal" | "receipt-seal", office: { id: string; name: string } | null, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    await lockKeys(tx);
    const current = await activeKey(tx, purpose, office?.id ?? null);
    if (current) await tx.update(signingKeys).set({ status: "retired" }).where(eq(signingKeys.kid, current.kid));
    return (await issue(tx, purpose, office, now)).kid;
  });
}

/** Every root ever used (verification trusts these). */
export async function trustedRoots(db: Executor): Promise<Uint8Array[]> {
  const rows = await db.select({ certificate: signingKeys.certificate }).from(signingKeys).where(eq(signingKeys.purpose, "root"));
  return rows.map((row) => new Uint8Array(row.certificate));
}

export type PublishedCertificate = { kid: string; purpose: SigningKeyPurpose; officeName: string | null; status: string; notBefore: Date; notAfter: Date; der: Uint8Array };

/** All certificates, current and retired, for the public certificates page. */
export async function publishedCertificates(db: Executor): Promise<PublishedCertificate[]> {
  const rows = await db
    .select({ kid: signingKeys.kid, purpose: signingKeys.purpose, officeName: offices.name, status: signingKeys.status, notBefore: signingKeys.notBefore, notAfter: signingKeys.notAfter, certificate: signingKeys.certificate })
    .from(signingKeys)
    .leftJoin(offices, eq(offices.id, signingKeys.officeId))
    .orderBy(signingKeys.purpose, signingKeys.createdAt);
  return rows.map(({ certificate, ...row }) => ({ ...row, der: new Uint8Array(certificate) }));
}

/** The signer of a given key (for re-making a document with the key that sealed its data). */
export async function signerForKid(db: Database, kid: string): Promise<Signer> {
  const [row] = await db.select().from(signingKeys).where(eq(signingKeys.kid, kid));
  if (!row) throw new Error(`Unknown key ${kid}`);
  return signerOf(db, row);
}
