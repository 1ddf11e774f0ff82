/**
 * GET /api/cases/<id>/documents/<wniosek.pdf|upo.pdf|upo.json|upo.jws>: a case's signed
 * documents, as downloads, never cached, to those who may see the case; others get 404.
 */
import { isAppError } from "@/lib/errors";
import { contentDisposition } from "@/lib/files/names";
import { getRequestContext } from "@/lib/identity/context";
import { getCaseDocument, isCaseDocumentKind } from "@/lib/receipts/case-documents";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ caseId: string; kind: string }> };

const notFound = () =>
  new Response("Nie znaleziono.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { caseId, kind } = await params;
  if (!isCaseDocumentKind(kind)) return notFound();
  const ctx = await getRequestContext();
  try {
    const doc = await getCaseDocument(ctx, caseId, kind);
    return new Response(new Uint8Array(doc.content), {
      status: 200,
      headers: {
        "Content-Type": doc.contentType,
        "Content-Length": String(doc.content.length),
        "Content-Disposition": contentDisposition(doc.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  } catch (error) {
    if (isAppError(error)) return notFound();
    throw error;
  }
}
