/**
 * Signed submissions and official receipts (UPO): the keys that seal them, the one-time codes
 * that confirm a resident's signature, and the append-only, hash-chained receipts per office.
 */
import { sql } from "drizzle-orm";
import { check, customType, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

import { cases, drafts, submissions } from "./cases";
import { users } from "./identity";
import { offices } from "./offices";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

export type SigningKeyPurpose = "root" | "submission-seal" | "receipt-seal";
export type SigningKeyStatus = "active" | "retired";

export const signingKeys = pgTable(
  "signing_keys",
  {
    /** base64url SHA-256 of the certificate (x5t#S256); every signature names it. */
    kid: text("kid").primaryKey(),
    purpose: text("purpose").$type<SigningKeyPurpose>().notNull(),
    /** The office a receipt-seal key belongs to; null for the platform's root and submission seal. */
    officeId: uuid("office_id").references(() => offices.id),
    certificate: bytea("certificate").notNull(),
    /** The certificate's issuer (null for the root). */
    issuerKid: text("issuer_kid"),
    /** PKCS#8 under AES-256-GCM with SIGNING_KEK; null when the key lives elsewhere (HSM, KMS). */
    encryptedPrivateKey: bytea("encrypted_private_key"),
    status: text("status").$type<SigningKeyStatus>().notNull().default("active"),
    notBefore: timestamp("not_before", { withTimezone: true, mode: "date" }).notNull(),
    notAfter: timestamp("not_after", { withTimezone: true, mode: "date" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    index("signing_keys_purpose_idx").on(t.purpose, t.officeId, t.status),
    check("signing_keys_purpose_check", sql`${t.purpose} in ('root','submission-seal','receipt-seal')`),
    check("signing_keys_status_check", sql`${t.status} in ('active','retired')`),
  ],
);

/** A one-time code bound to one document (the hash of one canonical submission of one draft). */
export const signatureChallenges = pgTable(
  "signature_challenges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    draftId: uuid("draft_id").notNull().references(() => drafts.id, { onDelete: "cascade" }),
    applicantId: text("applicant_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    documentHash: text("document_hash").notNull(),
    /** HMAC over (challenge, document hash, code); the code itself is only in the e-mail. */
    codeHmac: text("code_hmac").notNull(),
    attempts: integer("attempts").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    consumedAt: timestamp("consumed_at", { withTimezone: true, mode: "date" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("signature_challenges_draft_key").on(t.draftId)],
);

/** The application PDF with the portal's PAdES seal, as the resident signed it. */
export const submissionDocuments = pgTable("submission_documents", {
  submissionId: uuid("submission_id").primaryKey().references(() => submissions.id),
  pdf: bytea("pdf").notNull(),
  sha256: text("sha256").notNull(),
  kid: text("kid").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
});

/** Official receipts. Append-only (a trigger refuses UPDATE and DELETE) and chained per office. */
export const receipts = pgTable(
  "receipts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** IdentyfikatorPoswiadczenia shown to people, e.g. UPO/UMG/2026/000042. */
    receiptNumber: text("receipt_number").notNull(),
    officeId: uuid("office_id").notNull().references(() => offices.id),
    caseId: uuid("case_id").notNull().references(() => cases.id),
    submissionId: uuid("submission_id").notNull().references(() => submissions.id),
    seq: integer("seq").notNull(),
    /** The exact RFC 8785 bytes of the receipt JSON (upo.json). */
    canonical: bytea("canonical").notNull(),
    sha256: text("sha256").notNull(),
    prevHash: text("prev_hash"),
    /** Detached JWS over `canonical` by the office's receipt-seal key. */
    jws: text("jws").notNull(),
    kid: text("kid").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    uniqueIndex("receipts_number_key").on(t.receiptNumber),
    uniqueIndex("receipts_office_seq_key").on(t.officeId, t.seq),
    uniqueIndex("receipts_case_key").on(t.caseId),
    uniqueIndex("receipts_submission_key").on(t.submissionId),
    index("receipts_sha256_idx").on(t.sha256),
  ],
);

/** Where each office's receipt chain ends: locked while the next receipt is appended. */
export const receiptLedgerHeads = pgTable("receipt_ledger_heads", {
  officeId: uuid("office_id").primaryKey().references(() => offices.id),
  seq: integer("seq").notNull(),
  headHash: text("head_hash"),
});

/** The sealed receipt PDF, made right after the receipt commits (again on demand if missing). */
export const receiptDocuments = pgTable("receipt_documents", {
  receiptId: uuid("receipt_id").primaryKey().references(() => receipts.id),
  pdf: bytea("pdf").notNull(),
  sha256: text("sha256").notNull(),
  kid: text("kid").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
}, (t) => [index("receipt_documents_sha256_idx").on(t.sha256)]);
