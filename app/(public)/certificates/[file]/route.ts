/**
 * GET /certificates/root.pem (the current root) and /certificates/<kid>.pem (any certificate
 * the portal has used, current or retired): the stable addresses for offline verification.
 */
import { listPublishedCertificates } from "@/lib/signing/certificates";
import { certificateToPem } from "@/lib/signing/pki";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ file: string }> };

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { file } = await params;
  const match = /^(.+)\.pem$/.exec(file);
  const all = await listPublishedCertificates();
  const wanted = match?.[1] === "root" ? all.find((c) => c.purpose === "root" && c.status === "active") : all.find((c) => c.kid === match?.[1]);
  if (!wanted) return new Response("Nie znaleziono.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(certificateToPem(wanted.der), {
    headers: {
      "Content-Type": "application/x-pem-file",
      "Content-Disposition": `attachment; filename="${match![1] === "root" ? "okienko-root" : wanted.kid}.pem"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=300",
    },
  });
}
