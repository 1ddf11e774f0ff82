/** DELETE /api/uploads/<id>: removes an attachment from its draft (JSON; used by the widget). */
import { NextResponse } from "next/server";

import { isAppError } from "@/lib/errors";
import { removeFileFromDraft } from "@/lib/files/remove";
import { getRequestContext } from "@/lib/identity/context";
import { isSameOrigin, jsonError } from "../respond";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  if (!isSameOrigin(request)) return jsonError("badRequest", 403);
  const ctx = await getRequestContext();
  if (ctx.actor.type !== "resident") return jsonError("signIn", 401, ctx.locale);
  try {
    await removeFileFromDraft(ctx, (await params).id);
    return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return jsonError("notFound", 404, ctx.locale);
    throw error;
  }
}
