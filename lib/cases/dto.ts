/**
 * What leaves the server. Residents never receive staff names or internal events; the
 * office view adds the applicant's identity for the clerk handling the case.
 */
import { findService } from "@/lib/catalog/registry";
import type { SummarySection } from "@/lib/forms/types";
import { localize } from "@/lib/forms/localize";
import type { Locale } from "@/lib/i18n/locales";
import type { CaseStatus } from "./status-values";

export type CaseListItemView = {
  id: string;
  caseNumber: string;
  serviceName: string;
  officeName: string;
  status: CaseStatus;
  receivedAt: string;
  /** The statutory deadline (Warsaw calendar date), or null when the law says "immediately". */
  dueDate: string | null;
};

export type CaseEventView = {
  id: number;
  type: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  note: string | null;
  occurredAt: string;
  /** Only in the office view. */
  actorName?: string | null;
};

export type ResidentCaseView = CaseListItemView & {
  departmentName: string;
  answers: SummarySection[];
  events: CaseEventView[];
};

export type StaffOption = { id: string; name: string };

export type OfficeCaseView = ResidentCaseView & {
  version: number;
  assignee: StaffOption | null;
  /** Whom this actor may assign the case to (policy.canAssignTo). */
  assignableStaff: StaffOption[];
  applicant: { name: string; pesel: string; birthDate: string | null };
};

export function serviceNameOf(serviceId: string, locale: Locale): string {
  const service = findService(serviceId);
  return service ? localize(service.name, locale) : serviceId;
}
