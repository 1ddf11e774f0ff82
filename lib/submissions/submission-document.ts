/**
 * What a resident signs: the canonical submission. Answers as they will be filed (visible ones,
 * identity prefill applied, NFC strings, money in integer grosze), the service and definition
 * version, the office, the applicant's verified identity, each attachment's SHA-256 and size,
 * and when the draft was started and last saved. Deterministic for a given draft: the hash
 * shown before the code is requested is the hash the code is bound to, and any change to the
 * draft changes it.
 */
import "server-only";

import { and, eq, inArray } from "drizzle-orm";

import type { Executor } from "@/db/client";
import { accounts, departments, drafts, officeServices, offices, storedFiles } from "@/db/schema";
import { formEnvFor, identityPrefillOf } from "@/lib/applications/form-env";
import { getService } from "@/lib/catalog/registry";
import type { ServiceDefinition } from "@/lib/catalog/types";
import { AppError } from "@/lib/errors";
import { referencedFileIds } from "@/lib/files/attach-to-case";
import { localize } from "@/lib/forms/localize";
import { applyPrefill } from "@/lib/forms/prefill";
import { summarizeAnswers } from "@/lib/forms/summarize";
import type { Answers, SummarySection } from "@/lib/forms/types";
import { validateAnswers } from "@/lib/forms/validate";
import { visibleAnswers } from "@/lib/forms/visibility";
import type { ResidentActor } from "@/lib/identity/actor";
import type { RequestContext } from "@/lib/identity/context";
import { canonicalBytes, sha256Hex } from "./canonical-json";

export type DraftRow = typeof drafts.$inferSelect;

export type SubmissionAttachment = { field: string; name: string; mediaType: string; size: number; sha256: string };

export type SubmissionDocument = {
  type: "urn:okienko:submission:v1";
  service: { id: string; name: string; version: number };
  office: { id: string; name: string };
  applicant: { userId: string; givenName: string; familyName: string; pesel: string; identityProvider: string; levelOfAssurance: string };
  answers: Answers;
  attachments: SubmissionAttachment[];
  draft: { id: string; startedAt: string; lastSavedAt: string };
};

export type PreparedSubmission = {
  service: ServiceDefinition;
  document: SubmissionDocument;
  canonical: Buffer;
  /** SHA-256 (hex) of `canonical`. */
  hash: string;
  answers: Answers;
  summary: SummarySection[];
  placement: { departmentId: string; unit: string; officeName: string };
};

/** Builds the document for a draft, refusing drafts that cannot be filed as they stand. */
export async function prepareSubmission(tx: Executor, ctx: RequestContext, actor: ResidentActor, draft: DraftRow): Promise<PreparedSubmission> {
  const service = getService(draft.serviceId);
  if (draft.formVersion !== service.version) throw new AppError("CONFLICT", { userMessage: "applications.errors.formChanged" });
  const env = formEnvFor(ctx);
  const answers = visibleAnswers(service.form, applyPrefill(service.form, draft.answers, identityPrefillOf(actor)));
  const verdict = validateAnswers(service.form, answers, env);
  if (!verdict.ok) throw new AppError("VALIDATION", { userMessage: "applications.errors.incomplete" });

  const [placement] = await tx
    .select({ departmentId: departments.id, unit: departments.caseUnitSymbol, officeUnit: offices.caseUnitSymbol, officeName: offices.name })
    .from(offices)
    .innerJoin(officeServices, and(eq(officeServices.officeId, offices.id), eq(officeServices.serviceId, service.id)))
    .innerJoin(departments, and(eq(departments.officeId, offices.id), eq(departments.code, service.departmentCode)))
    .where(eq(offices.id, draft.officeId));
  if (!placement) throw new AppError("VALIDATION", { userMessage: "applications.errors.officeNotOffering" });

  const attachments = await attachmentsOf(tx, draft.id, answers);
  const [account] = await tx.select({ provider: accounts.provider }).from(accounts).where(eq(accounts.userId, actor.userId)).limit(1);
  const document: SubmissionDocument = {
    type: "urn:okienko:submission:v1",
    service: { id: service.id, name: localize(service.name, "pl"), version: service.version },
    office: { id: draft.officeId, name: placement.officeName },
    applicant: {
      userId: actor.userId,
      givenName: actor.givenName,
      familyName: actor.familyName,
      pesel: actor.pesel,
      identityProvider: account?.provider ?? "national-id",
      levelOfAssurance: actor.levelOfAssurance,
    },
    answers,
    attachments,
    draft: { id: draft.id, startedAt: draft.createdAt.toISOString(), lastSavedAt: draft.updatedAt.toISOString() },
  };
  const canonical = canonicalBytes(document);
  return {
    service,
    document,
    canonical,
    hash: sha256Hex(canonical),
    answers,
    summary: summarizeAnswers(service.form, answers, env),
    placement: { departmentId: placement.departmentId, unit: placement.unit ?? placement.officeUnit, officeName: placement.officeName },
  };
}

/** The clean files the answers reference, as stored (never as the browser described them). */
async function attachmentsOf(tx: Executor, draftId: string, answers: Answers): Promise<SubmissionAttachment[]> {
  const ids = referencedFileIds(answers);
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ id: storedFiles.id, field: storedFiles.fieldKey, name: storedFiles.name, mediaType: storedFiles.contentType, size: storedFiles.size, sha256: storedFiles.sha256, scan: storedFiles.scanStatus })
    .from(storedFiles)
    .where(and(inArray(storedFiles.id, ids), eq(storedFiles.draftId, draftId)));
  if (rows.length !== ids.length || rows.some((row) => row.scan !== "clean")) {
    throw new AppError("VALIDATION", { userMessage: "applications.errors.incomplete" });
  }
  return rows
    .map(({ field, name, mediaType, size, sha256 }) => ({ field, name, mediaType, size, sha256 }))
    .sort((a, b) => a.sha256.localeCompare(b.sha256) || a.field.localeCompare(b.field));
}

/** "3F9A 12BC 77D0 …": the start of a hash in groups, for people to compare by eye. */
export function fingerprintOf(hash: string, groups = 4): string {
  return (hash.toUpperCase().match(/.{4}/g) ?? []).slice(0, groups).join(" ");
}
