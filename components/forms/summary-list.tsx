import Link from "next/link";

import type { SummarySection } from "@/lib/forms/types";

type Props = { sections: SummarySection[]; level?: 2 | 3; changeHref?: (stepId: string) => string; changeLabel?: (label: string) => string; changeText?: string };

/** Check-your-answers rows; the same rows are stored with the case and shown to the office. */
export function SummaryList({ sections, level = 2, changeHref, changeLabel, changeText }: Props) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <>
      {sections.map((section) => (
        <section key={section.stepId} aria-labelledby={`section-${section.stepId}`} className="mb-6">
          <Heading id={`section-${section.stepId}`} className="!my-2 !text-xl font-bold">{section.title}</Heading>
          <dl className="border-t border-[var(--color-line)]">
            {section.rows.map((row) => (
              <div key={row.key} className="grid gap-1 border-b border-[var(--color-line)] py-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] sm:gap-4">
                <dt className="font-bold">{row.label}</dt>
                <dd className="whitespace-pre-line break-words">{row.value}</dd>
                {changeHref && (
                  <dd>
                    <Link href={changeHref(section.stepId)} aria-label={changeLabel?.(row.label)}>{changeText}</Link>
                  </dd>
                )}
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
