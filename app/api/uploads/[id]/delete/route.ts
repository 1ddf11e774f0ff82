/** POST /api/uploads/<id>/delete: the no-JavaScript form for removing an attachment. */
import { isAppError } from "@/lib/errors";
import { removeFileFromDraft } from "@/lib/files/remove";
import { getRequestContext } from "@/lib/identity/context";
import { errorResponse, isSameOrigin, seeOther } from "../../respond";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Params): Promise<Response> {
  if (!isSameOrigin(request)) return errorResponse(request, "badRequest", 403);
  const ctx = await getRequestContext();
  if (ctx.actor.type !== "resident") return seeOther(request, "/sign-in");
  try {
    const removed = await removeFileFromDraft(ctx, (await params).id);
    const draft = `/apply/${encodeURIComponent(removed.draftId)}`;
    return seeOther(request, removed.stepId ? `${draft}/${encodeURIComponent(removed.stepId)}` : `${draft}/check`);
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return errorResponse(request, "notFound", 404, ctx.locale);
    throw error;
  }
}
