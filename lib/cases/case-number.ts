/**
 * Case numbers (znak sprawy): UNIT.CLASS.SEQ.YEAR, e.g. SO-II.5341.12.2026. The sequence is
 * per office, JRWA class and year; allocation is an atomic upsert on a counter row, so
 * concurrent submissions never share a number.
 */
import { sql } from "drizzle-orm";

import type { Executor } from "@/db/client";

export type CaseNumberParts = { unit: string; jrwaClass: string; sequence: number; year: number };

export function formatCaseNumber({ unit, jrwaClass, sequence, year }: CaseNumberParts): string {
  if (!/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(unit)) throw new Error(`Invalid unit symbol: ${unit}`);
  if (!/^\d{1,4}$/.test(jrwaClass)) throw new Error(`Invalid JRWA class: ${jrwaClass}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`Invalid sequence: ${sequence}`);
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new Error(`Invalid year: ${year}`);
  return `${unit}.${jrwaClass}.${sequence}.${year}`;
}

/** The calendar year in Poland at the given instant (a case received on 31 Dec 23:30 UTC is next year's). */
export function yearInWarsaw(instant: Date): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone: "Europe/Warsaw", year: "numeric" }).format(instant));
}

/** Must run inside the submission's transaction: the counter row stays locked until commit. */
export async function allocateCaseSequence(tx: Executor, officeId: string, jrwaClass: string, year: number): Promise<number> {
  const result = await tx.execute<{ last_value: number }>(sql`
    insert into case_number_counters (office_id, jrwa_class, year, last_value)
    values (${officeId}, ${jrwaClass}, ${year}, 1)
    on conflict (office_id, jrwa_class, year)
    do update set last_value = case_number_counters.last_value + 1
    returning last_value`);
  return Number(result.rows[0]!.last_value);
}
