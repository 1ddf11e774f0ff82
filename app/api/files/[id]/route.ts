/**
 * GET /api/files/<id>: an attachment, to its uploader or to those who may see its case; clean
 * files only. Always a download (never rendered by the browser), never cached; others get 404.
 */
import { isAppError } from "@/lib/errors";
import { getFileForDownload } from "@/lib/files/download";
import { contentDisposition } from "@/lib/files/names";
import { getRequestContext } from "@/lib/identity/context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

const notFound = () =>
  new Response("Nie znaleziono.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const ctx = await getRequestContext();
  try {
    const file = await getFileForDownload(ctx, (await params).id);
    return new Response(new Uint8Array(file.content), {
      status: 200,
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.content.length),
        "Content-Disposition": contentDisposition(file.name),
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
