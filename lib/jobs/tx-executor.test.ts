import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";

import { toSql } from "./tx-executor";

const dialect = new PgDialect();

describe("toSql", () => {
  it("keeps positional parameters, repeated ones, arrays and undefined (as null)", () => {
    const query = dialect.sqlToQuery(toSql("select $1::int, $2, $1, $3::int, $10", [7, [1, 2], undefined, 4, 5, 6, 7, 8, 9, "ten"]));
    expect(query.sql).toBe("select $1::int, $2, $3, $4::int, $5");
    expect(query.params).toEqual([7, [1, 2], 7, null, "ten"]);
  });
});
