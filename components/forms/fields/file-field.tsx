"use client";

import Link from "next/link";
import { useParams, useRouter, useSearchParams } from "next/navigation";
import { useState, useSyncExternalStore, type ChangeEvent } from "react";

import { fileRefsFromInputValue } from "@/lib/files/file-refs";
import { acceptAttribute, acceptLabel, fileLimitsOf, formatFileSize } from "@/lib/files/limits";
import { isUploadErrorCode, plPlural, uploadErrorMessage } from "@/lib/files/messages";
import { localize } from "@/lib/forms/localize";
import type { FileRef } from "@/lib/forms/types";
import type { Locale } from "@/lib/i18n/locales";
import { describedBy, inputId, type FieldWidgetProps } from "./field-props";
import { FieldError, FieldHint } from "./field-message";

const subscribeNothing = () => () => {};

const texts = {
  pl: {
    limits: (types: string, size: string, max: number) => `Dozwolone typy: ${types}. Największy rozmiar pliku: ${size}. Najwyżej ${max} ${plPlural(max)}.`,
    none: "Nie dołączono jeszcze pliku.",
    add: "Dodaj plik",
    remove: "Usuń",
    uploading: "Wysyłanie i sprawdzanie pliku…",
    uploaded: (name: string) => `Dołączono plik ${name}.`,
    removed: (name: string) => `Usunięto plik ${name}.`,
    errorPrefix: "Błąd:",
  },
  en: {
    limits: (types: string, size: string, max: number) => `Allowed types: ${types}. Largest file: ${size}. At most ${max} file(s).`,
    none: "No file attached yet.",
    add: "Add a file",
    remove: "Remove",
    uploading: "Uploading and checking the file…",
    uploaded: (name: string) => `Attached ${name}.`,
    removed: (name: string) => `Removed ${name}.`,
    errorPrefix: "Error:",
  },
};

type Reply = { ok: boolean; error?: string; file?: FileRef };

/**
 * Attachments of one field. It cannot hold a form of its own (it sits inside the step form), so
 * without JavaScript it links to the upload page; with it, a file input uploads through fetch.
 * The hidden input only keeps the list on screen after a failed step post: parse never reads it.
 */
export function FileField({ field, locale, values, errors, optionalNote }: FieldWidgetProps) {
  const { draftId, stepId } = useParams<{ draftId: string; stepId: string }>();
  const search = useSearchParams();
  const router = useRouter();
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [clientError, setClientError] = useState<string | null>(null);

  const t = texts[locale === "en" ? "en" : "pl"];
  const id = inputId(field.key);
  const files = fileRefsFromInputValue(values[field.key]);
  const limits = fileLimitsOf(field);
  const params = { types: acceptLabel(limits.accept, locale), maxSize: formatFileSize(limits.maxBytes, locale), maxFiles: limits.maxFiles };
  const queryCode = search.get("uploadField") === field.key ? search.get("uploadError") : null;
  const error = clientError ?? (isUploadErrorCode(queryCode) ? uploadErrorMessage(queryCode, locale, params) : errors[field.key]);
  const hint = field.hint && localize(field.hint, locale);
  const uploadPage = `/apply/${draftId}/${stepId}/upload/${encodeURIComponent(field.key)}`;
  const described = describedBy(hint && `${id}-hint`, `${id}-limits`, error && `${id}-error`);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setClientError(null);
    if (file.size > limits.maxBytes) {
      setClientError(uploadErrorMessage("tooLarge", locale, params));
      input.value = "";
      return;
    }
    setBusy(true);
    setStatus(t.uploading);
    const body = new FormData();
    body.append("draftId", draftId);
    body.append("fieldKey", field.key);
    body.append("file", file);
    const query = new URLSearchParams({ draftId, fieldKey: field.key });
    const reply = await send(`/api/uploads?${query}`, { method: "POST", body }, locale);
    setBusy(false);
    input.value = "";
    if (reply.ok) {
      setStatus(t.uploaded(reply.file?.name ?? file.name));
      router.refresh();
    } else {
      setStatus("");
      setClientError(reply.error ?? uploadErrorMessage("badRequest", locale));
    }
  };

  const remove = async (file: FileRef) => {
    setClientError(null);
    const reply = await send(`/api/uploads/${encodeURIComponent(file.id)}`, { method: "DELETE" }, locale);
    if (reply.ok) {
      setStatus(t.removed(file.name));
      router.refresh();
    } else setClientError(reply.error ?? uploadErrorMessage("badRequest", locale));
  };

  return (
    <div className={error ? "field-group-error mb-6" : "mb-6"}>
      <p className="label" id={`${id}-label`}>{localize(field.label, locale)}{optionalNote ? ` ${optionalNote}` : ""}</p>
      <FieldHint id={`${id}-hint`} text={hint} />
      <span id={`${id}-limits`} className="hint">{t.limits(params.types, params.maxSize, params.maxFiles)}</span>
      <FieldError id={`${id}-error`} text={error} prefix={t.errorPrefix} />
      <input type="hidden" name={field.key} value={JSON.stringify(files)} />
      {files.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul aria-labelledby={`${id}-label`}>
          {files.map((file) => (
            <li key={file.id}>
              <a href={`/api/files/${encodeURIComponent(file.id)}`} download={file.name}>{file.name}</a> ({formatFileSize(file.size, locale)}){" "}
              {hydrated ? (
                <button type="button" className="btn-link" onClick={() => void remove(file)} disabled={busy}>
                  {t.remove}<span className="sr-only"> {file.name}</span>
                </button>
              ) : (
                <Link href={`${uploadPage}?remove=${encodeURIComponent(file.id)}`}>
                  {t.remove}<span className="sr-only"> {file.name}</span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {files.length < limits.maxFiles &&
        (hydrated ? (
          <>
            <label className="label" htmlFor={id}>{t.add}</label>
            <input id={id} type="file" accept={acceptAttribute(limits.accept)} onChange={(e) => void upload(e)} disabled={busy} aria-describedby={described} aria-invalid={error ? true : undefined} />
          </>
        ) : (
          <p><Link id={id} href={uploadPage} aria-describedby={described}>{t.add}</Link></p>
        ))}
      <p role="status" aria-live="polite" className="hint">{status}</p>
    </div>
  );
}

async function send(url: string, init: RequestInit, locale: Locale): Promise<Reply> {
  try {
    const response = await fetch(url, { ...init, headers: { Accept: "application/json" } });
    return (await response.json()) as Reply;
  } catch {
    return { ok: false, error: uploadErrorMessage("badRequest", locale) };
  }
}
