import type { Metadata } from "next";

import { formatDateTime } from "@/components/cases/format-time";
import { getLocale } from "@/lib/identity/context";
import { translator } from "@/lib/i18n/translate";
import { listPublishedCertificates } from "@/lib/signing/certificates";
import { describeCertificate } from "@/lib/signing/pki";

export const metadata: Metadata = { title: "Certyfikaty portalu" };
export const dynamic = "force-dynamic";

export default async function CertificatesPage() {
  const locale = await getLocale();
  const t = translator(locale);
  const certificates = await listPublishedCertificates();
  return (
    <>
      <h1>{t("signing.certificates.title")}</h1>
      <p>{t("signing.certificates.lead")}</p>
      <p><a href="/certificates/root.pem" className="btn btn-secondary" download>{t("signing.certificates.downloadRoot")}</a></p>
      <ul className="list-none !pl-0">
        {certificates.map((certificate) => {
          const info = describeCertificate(certificate.der);
          return (
            <li key={certificate.kid} className="mb-4 border-l-4 border-[var(--color-line)] pl-4">
              <p className="!mb-1 font-bold">{t(`signing.certificates.purpose.${certificate.purpose}`)}{certificate.officeName ? `: ${certificate.officeName}` : ""} ({t(`signing.certificates.status.${certificate.status as "active" | "retired"}`)})</p>
              <p className="!mb-1 break-words">{info.subject}</p>
              <p className="!mb-1">{t("signing.certificates.valid", { from: formatDateTime(info.notBefore.toISOString(), locale), to: formatDateTime(info.notAfter.toISOString(), locale) })}</p>
              <p className="!mb-1 break-all font-mono text-sm">SHA-256: {info.sha256Fingerprint}</p>
              <p className="!mb-0"><a href={`/certificates/${certificate.kid}.pem`} download>{t("signing.certificates.download")}<span className="sr-only"> {info.subject}</span></a></p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
