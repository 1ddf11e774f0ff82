"use server";

import { defineAction, type ActionState } from "@/lib/actions";
import { extendSession } from "@/lib/identity/session";

export const extendSessionAction = defineAction("session.extend", async (ctx, _prev: ActionState, _formData: FormData) => {
  const expires = await extendSession(ctx);
  return { ok: true, message: expires.toISOString() };
});
