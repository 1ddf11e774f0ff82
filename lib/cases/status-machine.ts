/**
 * The case lifecycle as data: which transitions exist, who may make them, and whether the
 * resident sees them. Isomorphic, so the office UI offers only what the server will accept.
 */
import type { ActorRole } from "@/lib/identity/actor";
import type { CaseStatus } from "./status-values";

export type Transition = { from: CaseStatus; to: CaseStatus; by: readonly ActorRole[]; residentVisible: boolean };

const handlers = ["clerk", "head_of_department"] as const;

export const transitions: readonly Transition[] = [
  { from: "submitted", to: "registered", by: handlers, residentVisible: true },
  { from: "submitted", to: "in_progress", by: handlers, residentVisible: true },
  { from: "registered", to: "in_progress", by: handlers, residentVisible: true },
  { from: "in_progress", to: "awaiting_resident", by: handlers, residentVisible: true },
  { from: "awaiting_resident", to: "in_progress", by: handlers, residentVisible: true },
  { from: "in_progress", to: "decided", by: handlers, residentVisible: true },
  { from: "decided", to: "closed", by: handlers, residentVisible: true },
  { from: "submitted", to: "withdrawn", by: ["resident"], residentVisible: true },
  { from: "registered", to: "withdrawn", by: ["resident"], residentVisible: true },
  { from: "in_progress", to: "withdrawn", by: ["resident"], residentVisible: true },
  { from: "awaiting_resident", to: "withdrawn", by: ["resident"], residentVisible: true },
];

export function findTransition(from: CaseStatus, to: CaseStatus): Transition | undefined {
  return transitions.find((t) => t.from === from && t.to === to);
}

export function allowedTargets(from: CaseStatus, role: ActorRole): CaseStatus[] {
  return transitions.filter((t) => t.from === from && t.by.includes(role)).map((t) => t.to);
}

export function isTransitionAllowed(from: CaseStatus, to: CaseStatus, role: ActorRole): boolean {
  return !!findTransition(from, to)?.by.includes(role);
}
