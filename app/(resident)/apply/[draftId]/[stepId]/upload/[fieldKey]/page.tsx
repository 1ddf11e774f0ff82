import Link from "next/link";
import { notFound } from "next/navigation";

import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError } from "@/components/forms/fields/field-message";
import { getDraftForApplicant } from "@/lib/applications/queries";
import { getService } from "@/lib/catalog/registry";
import { fileRefsOf } from "@/lib/files/file-refs";
import { acceptAttribute, acceptLabel, fileLimitsOf, formatFileSize } from "@/lib/files/limits";
import { isUploadErrorCode, plPlural, uploadErrorMessage } from "@/lib/files/messages";
import { findFileField } from "@/lib/files/upload-target";
import { localize } from "@/lib/forms/localize";
import { requireResidentPage } from "@/lib/identity/guards";
import { orNotFound } from "@/lib/pages";

type Props = {
  params: Promise<{ draftId: string; stepId: string; fieldKey: string }>;
  searchParams: Promise<{ error?: string; remove?: string }>;
};

/** The plain upload form (and the remove confirmation) behind the file widget: works without JavaScript. */
export default async function UploadPage({ params, searchParams }: Props) {
  const { draftId, stepId, fieldKey } = await params;
  const query = await searchParams;
  const ctx = await requireResidentPage(`/apply/${draftId}/${stepId}/upload/${fieldKey}`);
  const draft = await orNotFound(getDraftForApplicant(ctx, draftId));
  const target = findFileField(getService(draft.serviceId).form, decodeURIComponent(fieldKey));
  if (!target || target.stepId !== stepId) notFound();

  const en = ctx.locale === "en";
  const field = target.field;
  const label = localize(field.label, ctx.locale);
  const limits = fileLimitsOf(field);
  const files = fileRefsOf(draft.answers[field.key]);
  const stepHref = `/apply/${draft.id}/${stepId}`;
  const types = acceptLabel(limits.accept, ctx.locale);
  const maxSize = formatFileSize(limits.maxBytes, ctx.locale);
  const removing = files.find((f) => f.id === query.remove);

  if (removing) {
    return (
      <>
        <p><Link href={stepHref}>{en ? "Back" : "Wstecz"}</Link></p>
        <h1>{en ? "Remove this file?" : "Czy usunąć ten plik?"}</h1>
        <p>
          {removing.name} ({formatFileSize(removing.size, ctx.locale)}) — {label}
        </p>
        <form method="post" action={`/api/uploads/${encodeURIComponent(removing.id)}/delete`}>
          <button type="submit" className="btn">{en ? "Remove the file" : "Usuń plik"}</button>{" "}
          <Link href={stepHref}>{en ? "Cancel" : "Anuluj"}</Link>
        </form>
      </>
    );
  }

  const error = isUploadErrorCode(query.error) ? uploadErrorMessage(query.error, ctx.locale, { types, maxSize, maxFiles: limits.maxFiles }) : undefined;
  const full = files.length >= limits.maxFiles;
  return (
    <>
      <p><Link href={stepHref}>{en ? "Back" : "Wstecz"}</Link></p>
      <ErrorSummary title={en ? "There is a problem" : "Wystąpił problem"} errors={error ? [{ href: "#file-input", text: error }] : []} />
      <h1>{en ? `Attach a file: ${label}` : `Dołącz plik: ${label}`}</h1>
      {field.hint && <p>{localize(field.hint, ctx.locale)}</p>}
      <ul id="file-limits">
        <li>{en ? `Allowed types: ${types}` : `Dozwolone typy: ${types}`}</li>
        <li>{en ? `Largest file: ${maxSize}` : `Największy rozmiar pliku: ${maxSize}`}</li>
        <li>{en ? `At most ${limits.maxFiles} file(s)` : `Najwyżej ${limits.maxFiles} ${plPlural(limits.maxFiles)}`}{` (${en ? "attached" : "dołączono"}: ${files.length})`}</li>
      </ul>
      {full ? (
        <p>
          {en ? "You have attached the most files this field allows. Remove one to add another." : "Dołączono już najwięcej plików, ile przyjmuje to pole. Usuń plik, aby dodać inny."}{" "}
          <Link href={stepHref}>{en ? "Back to the form" : "Wróć do formularza"}</Link>
        </p>
      ) : (
        <form method="post" encType="multipart/form-data" action={`/api/uploads?${new URLSearchParams({ draftId: draft.id, fieldKey: field.key })}`}>
          <input type="hidden" name="draftId" value={draft.id} />
          <input type="hidden" name="fieldKey" value={field.key} />
          <input type="hidden" name="from" value="upload-page" />
          <div className={error ? "field-group-error mb-6" : "mb-6"}>
            <label className="label" htmlFor="file-input">{en ? "File" : "Plik"}</label>
            <FieldError id="file-input-error" text={error} prefix={en ? "Error:" : "Błąd:"} />
            <input id="file-input" type="file" name="file" required accept={acceptAttribute(limits.accept)} aria-describedby={error ? "file-limits file-input-error" : "file-limits"} aria-invalid={error ? true : undefined} />
          </div>
          <p className="hint">{en ? "After sending, the file is checked for viruses; this can take a moment." : "Po wysłaniu sprawdzamy plik programem antywirusowym – może to chwilę potrwać."}</p>
          <button type="submit" className="btn">{en ? "Attach the file" : "Dołącz plik"}</button>
        </form>
      )}
    </>
  );
}
