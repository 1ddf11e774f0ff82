/** Page guards: convenience redirects only. The real checks are in lib commands and queries. */
import "server-only";

import { redirect } from "next/navigation";

import type { ResidentActor, StaffActor } from "./actor";
import { getRequestContext, type RequestContext } from "./context";

export async function requireResidentPage(returnTo: string): Promise<RequestContext & { actor: ResidentActor }> {
  const ctx = await getRequestContext();
  if (ctx.actor.type !== "resident") redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return ctx as RequestContext & { actor: ResidentActor };
}

export async function requireStaffPage(returnTo: string): Promise<RequestContext & { actor: StaffActor }> {
  const ctx = await getRequestContext();
  if (ctx.actor.type !== "staff") redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return ctx as RequestContext & { actor: StaffActor };
}
