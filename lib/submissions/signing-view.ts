/** What the "Podpisz i wyślij" page shows: the document, its hash, and any live code request. */
import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db";
import { users } from "@/db/schema";
import { getDraftForApplicant } from "@/lib/applications/queries";
import { AppError } from "@/lib/errors";
import { requireResident } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { pendingChallenge, type PendingChallenge } from "./signing-code";
import { prepareSubmission, type PreparedSubmission } from "./submission-document";

export type SigningView = {
  prepared: PreparedSubmission;
  officeName: string;
  /** The confirmed address, masked ("a***@example.pl"), or null when there is none. */
  email: string | null;
  /** A live code request for exactly this document. */
  pending: PendingChallenge | null;
};

export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}***@${domain}`;
}

export async function loadSigningView(ctx: RequestContext, draftId: string): Promise<SigningView> {
  const actor = requireResident(ctx.actor, "application.sign");
  const draft = await getDraftForApplicant(ctx, draftId);
  const db = getDb();
  const prepared = await prepareSubmission(db, ctx, actor, draft);
  const [person] = await db.select({ email: users.email, verified: users.emailVerified }).from(users).where(eq(users.id, actor.userId));
  if (!person) throw new AppError("NOT_FOUND");
  const pending = await pendingChallenge(db, actor, draft.id, ctx.now);
  return {
    prepared,
    officeName: draft.officeName,
    email: person.email && person.verified ? maskEmail(person.email) : null,
    pending: pending && pending.documentHash === prepared.hash ? pending : null,
  };
}
