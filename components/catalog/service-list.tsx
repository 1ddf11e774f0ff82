import Link from "next/link";

import type { ServiceDefinition } from "@/lib/catalog/types";
import { localize } from "@/lib/forms/localize";
import type { Locale } from "@/lib/i18n/locales";

export function ServiceList({ services, locale }: { services: ServiceDefinition[]; locale: Locale }) {
  return (
    <ul className="divide-y divide-[var(--color-line)] border-y border-[var(--color-line)]">
      {services.map((service) => (
        <li key={service.id} className="py-3">
          <Link href={`/services/${service.id}`} className="font-bold">{localize(service.name, locale)}</Link>
          <p className="!mb-0">{localize(service.summary, locale)}</p>
        </li>
      ))}
    </ul>
  );
}
