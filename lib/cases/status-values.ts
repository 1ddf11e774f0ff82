/** Case statuses. Isomorphic; the transitions live in status-machine.ts. */
export const caseStatuses = [
  "submitted",
  "registered",
  "in_progress",
  "awaiting_resident",
  "decided",
  "closed",
  "withdrawn",
] as const;

export type CaseStatus = (typeof caseStatuses)[number];

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === "string" && (caseStatuses as readonly string[]).includes(value);
}
