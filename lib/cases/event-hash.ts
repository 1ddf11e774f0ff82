/** The hash of one metryka event: SHA-256 over the RFC 8785 form of its fields and the previous hash. */
import { canonicalBytes, sha256Hex } from "@/lib/submissions/canonical-json";

export type ChainedEventFields = {
  caseId: string;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorUserId: string | null;
  actorKind: string;
  onBehalfOfUserId: string | null;
  documentRef: string | null;
  note: string | null;
  residentVisible: boolean;
  occurredAt: Date;
  prevHash: string | null;
};

export function eventHash(event: ChainedEventFields): string {
  return sha256Hex(
    canonicalBytes({
      v: 1,
      caseId: event.caseId,
      type: event.type,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      actorUserId: event.actorUserId,
      actorKind: event.actorKind,
      onBehalfOfUserId: event.onBehalfOfUserId,
      documentRef: event.documentRef,
      note: event.note,
      residentVisible: event.residentVisible,
      occurredAt: event.occurredAt.toISOString(),
      prevHash: event.prevHash,
    }),
  );
}
