/** Case reads. Every query filters with caseVisibleTo(actor): not visible means not found. */
import "server-only";

import { and, asc, desc, eq, sql } from "drizzle-orm";

import { getDb } from "@/db";
import { caseEvents, cases, departments, offices, staffMemberships, submissions, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { requireResident, requireStaff } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { canAssignTo } from "@/lib/identity/policy";
import { isUuid } from "@/lib/ids";
import { serviceNameOf, type CaseEventView, type CaseListItemView, type OfficeCaseView, type ResidentCaseView } from "./dto";
import type { CaseStatus } from "./status-values";
import { caseVisibleTo } from "./visibility";

const listColumns = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  serviceId: cases.serviceId,
  officeName: offices.name,
  status: cases.status,
  receivedAt: cases.receivedAt,
  dueDate: cases.dueDate,
};

type ListRow = { id: string; caseNumber: string; serviceId: string; officeName: string; status: CaseStatus; receivedAt: Date; dueDate: string | null };

/** Picks fields one by one: a DTO never carries a column by accident. */
function toListItem(row: ListRow, ctx: RequestContext): CaseListItemView {
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    serviceName: serviceNameOf(row.serviceId, ctx.locale),
    officeName: row.officeName,
    status: row.status,
    receivedAt: row.receivedAt.toISOString(),
    dueDate: row.dueDate,
  };
}

export async function listCasesForResident(ctx: RequestContext): Promise<CaseListItemView[]> {
  const actor = requireResident(ctx.actor, "case.read_own");
  const rows = await getDb()
    .select(listColumns)
    .from(cases)
    .innerJoin(offices, eq(offices.id, cases.officeId))
    .where(caseVisibleTo(actor))
    .orderBy(desc(cases.receivedAt))
    .limit(200);
  return rows.map((row) => toListItem(row, ctx));
}

export type QueueFilter = { status?: CaseStatus; order: "due" | "newest" | "oldest" };

const queueOrder = (order: QueueFilter["order"]) =>
  order === "due" ? [sql`${cases.dueDate} asc nulls last`, asc(cases.receivedAt)] : order === "oldest" ? [asc(cases.receivedAt)] : [desc(cases.receivedAt)];
export type QueueItemView = CaseListItemView & { applicantName: string; departmentName: string };

export async function listOfficeQueue(ctx: RequestContext, filter: QueueFilter): Promise<QueueItemView[]> {
  const actor = requireStaff(ctx.actor, "queue.view");
  const rows = await getDb()
    .select({ ...listColumns, applicantName: users.name, departmentName: departments.name })
    .from(cases)
    .innerJoin(offices, eq(offices.id, cases.officeId))
    .innerJoin(departments, eq(departments.id, cases.departmentId))
    .innerJoin(users, eq(users.id, cases.applicantId))
    .where(and(caseVisibleTo(actor), filter.status ? eq(cases.status, filter.status) : undefined))
    .orderBy(...queueOrder(filter.order))
    .limit(200);
  return rows.map((row) => ({ ...toListItem(row, ctx), applicantName: row.applicantName ?? "", departmentName: row.departmentName }));
}

async function loadCase(ctx: RequestContext, caseId: string) {
  if (!isUuid(caseId)) throw new AppError("NOT_FOUND");
  const [row] = await getDb()
    .select({ ...listColumns, version: cases.version, departmentId: cases.departmentId, assigneeId: cases.assigneeId, departmentName: departments.name, summary: submissions.summary, applicant: users })
    .from(cases)
    .innerJoin(offices, eq(offices.id, cases.officeId))
    .innerJoin(departments, eq(departments.id, cases.departmentId))
    .innerJoin(submissions, eq(submissions.id, cases.submissionId))
    .innerJoin(users, eq(users.id, cases.applicantId))
    .where(and(eq(cases.id, caseId), caseVisibleTo(ctx.actor)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

async function loadEvents(caseId: string, residentView: boolean): Promise<CaseEventView[]> {
  const rows = await getDb()
    .select({ event: caseEvents, actorName: users.name })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.actorUserId))
    .where(and(eq(caseEvents.caseId, caseId), residentView ? eq(caseEvents.residentVisible, true) : undefined))
    .orderBy(asc(caseEvents.id));
  return rows.map(({ event, actorName }) => ({
    id: event.id,
    type: event.type,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    note: event.note,
    occurredAt: event.occurredAt.toISOString(),
    ...(residentView ? {} : { actorName }),
  }));
}

export async function getCaseForResident(ctx: RequestContext, caseId: string): Promise<ResidentCaseView> {
  requireResident(ctx.actor, "case.read_own");
  const row = await loadCase(ctx, caseId);
  return { ...toListItem(row, ctx), departmentName: row.departmentName, answers: row.summary, events: await loadEvents(row.id, true) };
}

async function listDepartmentStaff(departmentId: string) {
  return getDb()
    .select({ id: users.id, name: users.name })
    .from(staffMemberships)
    .innerJoin(users, eq(users.id, staffMemberships.userId))
    .where(eq(staffMemberships.departmentId, departmentId))
    .orderBy(asc(users.familyName));
}

export async function getCaseForOffice(ctx: RequestContext, caseId: string): Promise<OfficeCaseView> {
  const actor = requireStaff(ctx.actor, "case.read_office");
  const row = await loadCase(ctx, caseId);
  const staff = (await listDepartmentStaff(row.departmentId)).map((s) => ({ id: s.id, name: s.name ?? "" }));
  return {
    assignee: staff.find((s) => s.id === row.assigneeId) ?? null,
    assignableStaff: staff.filter((s) => canAssignTo(actor, s.id)),
    ...toListItem(row, ctx),
    departmentName: row.departmentName,
    answers: row.summary,
    events: await loadEvents(row.id, false),
    version: row.version,
    applicant: { name: row.applicant.name ?? "", pesel: row.applicant.pesel ?? "", birthDate: row.applicant.birthDate },
  };
}
