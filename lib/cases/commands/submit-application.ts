/**
 * Files a signed application: checks the one-time code bound to the document the resident saw,
 * seals the signature object and the application PDF with the portal's submission seal, and in
 * one transaction stores the submission (its exact canonical bytes), the registered case, its
 * first history event, the receipt in the office's chain, and removes the draft. The receipt's
 * sealed PDF is made right after the commit. Idempotent per draft: a double click or a replay
 * yields the same case and the same receipt.
 */
import "server-only";

import { and, eq } from "drizzle-orm";

import { getDb } from "@/db";
import type { Transaction } from "@/db/client";
import { cases, drafts, offices, receipts, submissionDocuments, submissions } from "@/db/schema";
import { applicationPdfLabelsPl, buildApplicationPdf } from "@/lib/documents/application-pdf";
import { AppError } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/translate";
import { attachFilesToCase } from "@/lib/files/attach-to-case";
import type { ResidentActor } from "@/lib/identity/actor";
import { requireResident } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { isUuid } from "@/lib/ids";
import { logger } from "@/lib/log";
import { notify } from "@/lib/notify/notify";
import { issueReceipt } from "@/lib/receipts/issue-receipt";
import { makeReceiptDocument } from "@/lib/receipts/receipt-document";
import { receiptSigner, submissionSigner } from "@/lib/signing/key-store";
import { signCompactJws } from "@/lib/signing/jws";
import { sealPdf } from "@/lib/signing/pades";
import type { Signer } from "@/lib/signing/signer";
import { canonicalBytes, sha256Hex } from "@/lib/submissions/canonical-json";
import { checkSigningCode, lockOwnDraft, type CodeVerdict } from "@/lib/submissions/signing-code";
import { prepareSubmission, type DraftRow, type PreparedSubmission } from "@/lib/submissions/submission-document";
import { recordCaseEvent } from "../case-events";
import { allocateCaseSequence, formatCaseNumber, yearInWarsaw } from "../case-number";
import { computeDueDate } from "../deadlines/due-date";

export type SubmittedCase = { caseId: string; caseNumber: string; receiptId: string };
export type SubmitInput = { draftId: string; documentHash: string; code: string };

export const SIGNATURE_JWS_TYPE = "okienko-signature+jws";

const codeMessages: Record<Exclude<CodeVerdict, { ok: true }>["reason"], MessageKey> = {
  none: "signing.errors.codeNone",
  expired: "signing.errors.codeExpired",
  used: "signing.errors.codeUsed",
  attempts: "signing.errors.codeAttempts",
  otherDocument: "signing.errors.codeOtherDocument",
  wrong: "signing.errors.codeWrong",
};

export async function submitApplication(ctx: RequestContext, input: SubmitInput): Promise<SubmittedCase> {
  const actor = requireResident(ctx.actor, "application.submit");
  if (!isUuid(input.draftId)) throw new AppError("NOT_FOUND");
  const db = getDb();
  // Keys are found (or made) before the transaction, which then only signs.
  const [office] = await db
    .select({ id: offices.id, name: offices.name })
    .from(drafts)
    .innerJoin(offices, eq(offices.id, drafts.officeId))
    .where(and(eq(drafts.id, input.draftId), eq(drafts.applicantId, actor.userId)));
  const signers = office ? { submission: await submissionSigner(db), receipt: await receiptSigner(db, office) } : null;

  const outcome = await db.transaction(async (tx) => {
    const draft = await lockOwnDraft(tx, actor, input.draftId);
    if (!draft || !signers) return { done: await findExistingSubmission(tx, actor, input.draftId), fresh: false };
    const prepared = await prepareSubmission(tx, ctx, actor, draft);
    if (prepared.hash !== input.documentHash) throw new AppError("CONFLICT", { userMessage: "signing.errors.documentChanged" });
    const verdict = await checkSigningCode(tx, actor, draft.id, prepared.hash, input.code, ctx.now);
    // A refused code still counts as an attempt: commit that, then refuse.
    if (!verdict.ok) return { refused: verdict.reason };
    return { done: await fileSigned(tx, ctx, actor, draft, prepared, verdict, signers), fresh: true };
  });
  if ("refused" in outcome) throw new AppError("VALIDATION", { userMessage: codeMessages[outcome.refused!] });
  if (outcome.fresh) {
    // The receipt is committed with its case; its sealed PDF is made now (or on first download).
    await makeReceiptDocument(db, outcome.done.receiptId).catch((error: unknown) =>
      logger.error("receipt document deferred", { receiptId: outcome.done.receiptId, error: error instanceof Error ? error.message : String(error) }),
    );
  }
  return outcome.done;
}

async function findExistingSubmission(tx: Transaction, actor: ResidentActor, draftId: string): Promise<SubmittedCase> {
  const [existing] = await tx
    .select({ caseId: cases.id, caseNumber: cases.caseNumber, receiptId: receipts.id })
    .from(submissions)
    .innerJoin(cases, eq(cases.submissionId, submissions.id))
    .innerJoin(receipts, eq(receipts.caseId, cases.id))
    .where(and(eq(submissions.applicantId, actor.userId), eq(submissions.draftId, draftId)));
  if (!existing) throw new AppError("NOT_FOUND");
  return existing;
}

/** The signature object: who signed which document when, confirmed how. */
function signatureObject(ctx: RequestContext, prepared: PreparedSubmission, verdict: Extract<CodeVerdict, { ok: true }>) {
  const { applicant } = prepared.document;
  return {
    type: "urn:okienko:signature:v1",
    kind: "portal-confirmed-code",
    documentHash: { alg: "sha-256", c14n: "rfc8785", value: prepared.hash },
    signer: {
      givenName: applicant.givenName,
      familyName: applicant.familyName,
      pesel: applicant.pesel,
      identityProvider: applicant.identityProvider,
      levelOfAssurance: applicant.levelOfAssurance,
    },
    confirmation: { method: "one-time-code-email", challengeId: verdict.challengeId, codeIssuedAt: verdict.issuedAt.toISOString(), attempts: verdict.attempts },
    signedAt: ctx.now.toISOString(),
  };
}

async function fileSigned(
  tx: Transaction,
  ctx: RequestContext,
  actor: ResidentActor,
  draft: DraftRow,
  prepared: PreparedSubmission,
  verdict: Extract<CodeVerdict, { ok: true }>,
  signers: { submission: Signer; receipt: Signer },
): Promise<SubmittedCase> {
  const { service, placement } = prepared;
  const signatureJws = await signCompactJws(canonicalBytes(signatureObject(ctx, prepared, verdict)), signers.submission, SIGNATURE_JWS_TYPE);

  const [submission] = await tx
    .insert(submissions)
    .values({
      applicantId: actor.userId,
      officeId: draft.officeId,
      serviceId: service.id,
      formVersion: service.version,
      draftId: draft.id,
      answers: prepared.answers,
      summary: prepared.summary,
      submittedAt: ctx.now,
      canonical: prepared.canonical,
      contentDigest: prepared.hash,
      signatureJws,
    })
    .returning({ id: submissions.id });

  const applicantName = `${actor.givenName} ${actor.familyName}`;
  const pdfDoc = await buildApplicationPdf({
    officeName: placement.officeName,
    serviceName: prepared.document.service.name,
    formVersion: service.version,
    applicantName,
    submittedAt: ctx.now,
    sections: prepared.summary,
    contentDigest: prepared.hash,
    attachments: prepared.document.attachments,
    labels: applicationPdfLabelsPl,
  });
  const pdf = Buffer.from(
    await sealPdf(pdfDoc, signers.submission, {
      reason: "Podpis potwierdzony przez portal Okienko kodem jednorazowym",
      name: applicantName,
      location: placement.officeName,
      signingTime: ctx.now,
    }),
  );
  await tx.insert(submissionDocuments).values({ submissionId: submission!.id, pdf, sha256: sha256Hex(pdf), kid: signers.submission.kid, createdAt: ctx.now });

  const year = yearInWarsaw(ctx.now);
  const sequence = await allocateCaseSequence(tx, draft.officeId, service.jrwaClass, year);
  const caseNumber = formatCaseNumber({ unit: placement.unit, jrwaClass: service.jrwaClass, sequence, year });
  const [created] = await tx
    .insert(cases)
    .values({
      officeId: draft.officeId,
      departmentId: placement.departmentId,
      serviceId: service.id,
      applicantId: actor.userId,
      submissionId: submission!.id,
      caseNumber,
      jrwaClass: service.jrwaClass,
      year,
      sequence,
      status: "submitted",
      receivedAt: ctx.now,
      dueDate: computeDueDate({ receivedAt: ctx.now, rule: service.deadline }).dueDate,
      updatedAt: ctx.now,
    })
    .returning({ id: cases.id });
  const caseId = created!.id;

  // Attachments move from the draft to the case, so the office (and only it) can read them.
  await attachFilesToCase(tx, draft.id, caseId);
  const receipt = await issueReceipt(tx, signers.receipt, {
    officeId: draft.officeId,
    officeName: placement.officeName,
    caseId,
    caseNumber,
    submissionId: submission!.id,
    receivedAt: ctx.now,
    sender: {
      name: applicantName,
      pesel: actor.pesel,
      identityProvider: prepared.document.applicant.identityProvider,
      levelOfAssurance: actor.levelOfAssurance,
    },
    service: { id: service.id, name: prepared.document.service.name, formVersion: service.version },
    contentDigest: prepared.hash,
    signatureDigest: sha256Hex(Buffer.from(signatureJws, "utf8")),
    attachments: prepared.document.attachments.map(({ name, mediaType, size, sha256 }) => ({ name, mediaType, size, sha256 })),
  });
  await recordCaseEvent(tx, ctx, { caseId, type: "case.submitted", toStatus: "submitted", residentVisible: true, documentRef: `receipt:${receipt.id}` });
  await notify(tx, ctx, {
    kind: "submission_received",
    recipientId: actor.userId,
    officeId: draft.officeId,
    caseId,
    params: { caseNumber, serviceId: service.id },
  });
  await tx.delete(drafts).where(eq(drafts.id, draft.id));
  return { caseId, caseNumber, receiptId: receipt.id };
}
