/**
 * The wrapper every server action goes through: context, permission, error mapping. Actions
 * are public POST endpoints, so nothing runs before the permission check, and raw error text
 * never reaches the browser.
 */
import "server-only";

import { unstable_rethrow } from "next/navigation";

import { AppError, isAppError } from "@/lib/errors";
import { joinCheckedValues } from "@/lib/forms/checked-values";
import { translate } from "@/lib/i18n/translate";
import { assertGranted } from "@/lib/identity/authorize";
import { getRequestContext, type RequestContext } from "@/lib/identity/context";
import type { Permission } from "@/lib/identity/policy";
import { logger } from "@/lib/log";

export type ActionState =
  | { ok: true; message?: string }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> }
  | null;

type ActionBody<A extends unknown[]> = (ctx: RequestContext, ...args: A) => Promise<ActionState | void>;

export function defineAction<A extends unknown[]>(permission: Permission, body: ActionBody<A>) {
  return async (...args: A): Promise<ActionState> => {
    let ctx: RequestContext | undefined;
    try {
      ctx = await getRequestContext();
      assertGranted(ctx.actor, permission);
      return (await body(ctx, ...args)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      return toFailure(error, ctx);
    }
  };
}

function toFailure(error: unknown, ctx: RequestContext | undefined): ActionState {
  const locale = ctx?.locale ?? "pl";
  if (isAppError(error)) return { ok: false, formError: translate(locale, error.userMessage) };
  const requestId = ctx?.requestId ?? "unknown";
  logger.error("action failed", { requestId, error: error instanceof Error ? error.message : String(error) });
  const internal = new AppError("INTERNAL");
  return { ok: false, formError: translate(locale, internal.userMessage, { reference: requestId.slice(0, 8) }) };
}

/**
 * Raw text values of a submitted form, to re-fill the inputs when the page re-renders. A name
 * sent several times (a checkbox group) becomes one comma-joined entry, as the widgets read it.
 */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && !name.startsWith("$ACTION")) (values[name] ??= []).push(value);
  }
  return Object.fromEntries(Object.entries(values).map(([name, list]) => [name, joinCheckedValues(list)]));
}
