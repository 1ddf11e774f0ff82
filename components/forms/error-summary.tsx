"use client";

import { useEffect, useRef } from "react";

export type ErrorLink = { href: string; text: string };

/** GOV.UK-style summary at the top of a form: takes focus so screen readers announce it. */
export function ErrorSummary({ title, errors }: { title: string; errors: ErrorLink[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => e.href + e.text).join("|");
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 border-4 border-[var(--color-error)] p-4">
      <h2 id="error-summary-title" className="!mt-0 !text-xl">{title}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.href + error.text}>
            <a href={error.href} className="font-bold text-[var(--color-error)]">{error.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
