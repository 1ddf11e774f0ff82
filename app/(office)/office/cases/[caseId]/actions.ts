"use server";

import { revalidatePath } from "next/cache";

import { defineAction, type ActionState } from "@/lib/actions";
import { assignCase } from "@/lib/cases/commands/assign-case";
import { transitionCase } from "@/lib/cases/commands/transition-case";
import { translate } from "@/lib/i18n/translate";

export const transitionCaseAction = defineAction(
  "case.transition",
  async (ctx, caseId: string, _prev: ActionState, formData: FormData) => {
    await transitionCase(ctx, {
      caseId,
      to: String(formData.get("to") ?? ""),
      note: String(formData.get("note") ?? ""),
      expectedVersion: String(formData.get("version") ?? ""),
    });
    revalidatePath(`/office/cases/${caseId}`);
    return { ok: true, message: translate(ctx.locale, "office.detail.saved") };
  },
);

export const assignCaseAction = defineAction(
  "case.assign",
  async (ctx, caseId: string, _prev: ActionState, formData: FormData) => {
    await assignCase(ctx, { caseId, assigneeId: String(formData.get("assigneeId") ?? ""), expectedVersion: String(formData.get("version") ?? "") });
    revalidatePath(`/office/cases/${caseId}`);
    return { ok: true, message: translate(ctx.locale, "office.detail.assigned") };
  },
);
