/**
 * Lets pg-boss write its job inside our drizzle transaction, so a job exists exactly when the
 * change that caused it commits. pg-boss hands over positional SQL ($1, $2…); it becomes a
 * drizzle SQL object with the same parameters.
 */
import { sql, type SQL } from "drizzle-orm";
import type PgBoss from "pg-boss";

import type { Executor } from "@/db/client";

export function toSql(text: string, values: unknown[] = []): SQL {
  const chunks: SQL[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(last, match.index)));
    // sql.param keeps arrays as one parameter; undefined (which drizzle drops) becomes NULL.
    chunks.push(sql`${sql.param(values[Number(match[1]) - 1] ?? null)}`);
    last = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks, sql.raw(""));
}

export function executorFor(tx: Executor): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const result = await tx.execute(toSql(text, values));
      return { rows: result.rows as unknown[] as never[] };
    },
  };
}
