/**
 * The one place that decides who may do what: roles × permissions as a table, plus the
 * resource rules. Queries apply the same rules in SQL (see cases/visibility.ts).
 */
import { roleOf, type Actor, type ActorRole } from "./actor";

export const permissionTable = {
  "application.start": ["resident"],
  "draft.save": ["resident"],
  "application.submit": ["resident"],
  /** Asking for the one-time code that confirms a signature. */
  "application.sign": ["resident"],
  "case.read_own": ["resident"],
  "case.read_office": ["clerk", "head_of_department", "office_admin"],
  "case.transition": ["clerk", "head_of_department"],
  /** Clerks take cases themselves; heads of department assign them to anyone in the department. */
  "case.assign": ["clerk", "head_of_department"],
  "notification.read": ["resident", "clerk", "head_of_department", "office_admin"],
  "notification.settings": ["resident", "clerk", "head_of_department", "office_admin"],
  "outbox.admin": ["office_admin"],
  "office.services": ["office_admin"],
  "session.extend": ["resident", "clerk", "head_of_department", "office_admin"],
  "queue.view": ["clerk", "head_of_department", "office_admin"],
} as const satisfies Record<string, readonly ActorRole[]>;

export type Permission = keyof typeof permissionTable;

export function isGranted(actor: Actor, permission: Permission): boolean {
  return (permissionTable[permission] as readonly ActorRole[]).includes(roleOf(actor));
}

/** The resource rule for a case: a resident sees their own, staff their office's. */
export type CaseOwnership = { applicantId: string; officeId: string };

export function canSeeCase(actor: Actor, kase: CaseOwnership): boolean {
  if (actor.type === "resident") return kase.applicantId === actor.userId;
  if (actor.type === "staff") return kase.officeId === actor.officeId;
  return false;
}

/** Resource rule for assignment: a clerk may only take a case; a head may assign it to anyone eligible. */
export function canAssignTo(actor: Actor, assigneeId: string): boolean {
  if (actor.type !== "staff") return false;
  return actor.role === "head_of_department" || assigneeId === actor.userId;
}
