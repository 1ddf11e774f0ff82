/** Drafts, submissions, cases and their history. */
import { sql } from "drizzle-orm";
import { bigserial, boolean, check, customType, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

import type { CaseStatus } from "@/lib/cases/status-values";
import type { Answers, SummarySection } from "@/lib/forms/types";
import { users } from "./identity";
import { departments, offices } from "./offices";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

export const drafts = pgTable(
  "drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicantId: text("applicant_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    officeId: uuid("office_id").notNull().references(() => offices.id),
    serviceId: text("service_id").notNull(),
    /** The definition version the answers were given against. */
    formVersion: integer("form_version").notNull(),
    answers: jsonb("answers").$type<Answers>().notNull().default({}),
    /** Where the resident was: resuming opens this step (or the check page). */
    currentStepId: text("current_step_id"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("drafts_applicant_idx").on(t.applicantId, t.updatedAt)],
);

export const submissions = pgTable(
  "submissions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicantId: text("applicant_id").notNull().references(() => users.id),
    officeId: uuid("office_id").notNull().references(() => offices.id),
    serviceId: text("service_id").notNull(),
    formVersion: integer("form_version").notNull(),
    /** Idempotency: one submission per draft, whatever the number of clicks or replays. */
    draftId: uuid("draft_id").notNull(),
    answers: jsonb("answers").$type<Answers>().notNull(),
    /** The labelled rows exactly as the resident saw them on the check page. */
    summary: jsonb("summary").$type<SummarySection[]>().notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "date" }).notNull(),
    /** The exact RFC 8785 bytes of the canonical submission that was signed. */
    canonical: bytea("canonical").notNull(),
    /** SHA-256 (hex) of `canonical`: the document hash the resident's code was bound to. */
    contentDigest: text("content_digest").notNull(),
    /** The signature object (signer identity, document hash, time) sealed as a compact JWS. */
    signatureJws: text("signature_jws").notNull(),
  },
  (t) => [uniqueIndex("submissions_applicant_draft_key").on(t.applicantId, t.draftId)],
);

export const caseNumberCounters = pgTable(
  "case_number_counters",
  {
    officeId: uuid("office_id").notNull().references(() => offices.id),
    jrwaClass: text("jrwa_class").notNull(),
    year: integer("year").notNull(),
    lastValue: integer("last_value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.jrwaClass, t.year] })],
);

export const cases = pgTable(
  "cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    officeId: uuid("office_id").notNull().references(() => offices.id),
    departmentId: uuid("department_id").notNull().references(() => departments.id),
    serviceId: text("service_id").notNull(),
    applicantId: text("applicant_id").notNull().references(() => users.id),
    submissionId: uuid("submission_id").notNull().references(() => submissions.id),
    caseNumber: text("case_number").notNull(),
    jrwaClass: text("jrwa_class").notNull(),
    year: integer("year").notNull(),
    sequence: integer("sequence").notNull(),
    status: text("status").$type<CaseStatus>().notNull(),
    /** Optimistic locking: every change bumps it. */
    version: integer("version").notNull().default(1),
    assigneeId: text("assignee_id").references(() => users.id),
    receivedAt: timestamp("received_at", { withTimezone: true, mode: "date" }).notNull(),
    /** The statutory handling deadline (KPA art. 35/57), a Warsaw calendar date; null when "immediately". */
    dueDate: date("due_date", { mode: "string" }),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    uniqueIndex("cases_submission_key").on(t.submissionId),
    index("cases_office_due_idx").on(t.officeId, t.dueDate),
    uniqueIndex("cases_office_number_key").on(t.officeId, t.caseNumber),
    uniqueIndex("cases_office_class_year_seq_key").on(t.officeId, t.jrwaClass, t.year, t.sequence),
    index("cases_applicant_idx").on(t.applicantId, t.receivedAt),
    index("cases_office_status_idx").on(t.officeId, t.status, t.receivedAt),
    check("cases_status_check", sql`${t.status} in ('submitted','registered','in_progress','awaiting_resident','decided','closed','withdrawn')`),
  ],
);

export const caseEvents = pgTable(
  "case_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    caseId: uuid("case_id").notNull().references(() => cases.id),
    type: text("type").notNull(),
    fromStatus: text("from_status").$type<CaseStatus>(),
    toStatus: text("to_status").$type<CaseStatus>(),
    actorUserId: text("actor_user_id").references(() => users.id),
    actorKind: text("actor_kind").$type<"resident" | "staff" | "system">().notNull(),
    /** Whom the actor acted for (a substitute for the absent clerk, a representative for a company). */
    onBehalfOfUserId: text("on_behalf_of_user_id").references(() => users.id),
    /** The document the action concerns (e.g. "receipt:<id>"), if any. */
    documentRef: text("document_ref"),
    note: text("note"),
    /** Internal events (e.g. notes for colleagues) are never shown to residents. */
    residentVisible: boolean("resident_visible").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "date" }).notNull(),
    /** Metryka sprawy: the hash of the case's previous event (null for the first) and of this one. */
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [index("case_events_case_idx").on(t.caseId, t.id)],
);

/** Which deadline warnings went out: one per case and threshold, however often the job runs. */
export const deadlineWarnings = pgTable(
  "deadline_warnings",
  {
    caseId: uuid("case_id").notNull().references(() => cases.id),
    /** Days before the due date (e.g. 7, 2). */
    threshold: integer("threshold").notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.threshold, t.dueDate] })],
);
