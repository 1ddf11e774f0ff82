/** Resolves a field's inclusive date bounds against today and earlier answers. */
import { addDays, addMonths, isIsoDate } from "./dates";
import type { Answers, DateBound, FormEnv } from "./types";

/** The bound as an ISO date, or null when it depends on an answer that is missing or not a date. */
export function resolveDateBound(bound: DateBound, env: FormEnv, answers: Answers): string | null {
  if (bound === "today") return env.today;
  if ("daysFromToday" in bound) return addDays(env.today, bound.daysFromToday);
  if ("date" in bound) return isIsoDate(bound.date) ? bound.date : null;
  const base = answers[bound.field];
  if (typeof base !== "string" || !isIsoDate(base)) return null;
  return addDays(addMonths(base, bound.offsetMonths ?? 0), bound.offsetDays ?? 0);
}

/** Bounds that do not depend on other answers, for example values and the date picker. */
export function resolveStaticBound(bound: DateBound | undefined, env: FormEnv): string | null {
  if (bound === undefined || (typeof bound === "object" && "field" in bound)) return null;
  return resolveDateBound(bound, env, {});
}
