/** Offices on the platform, their departments, staff memberships and offered services. */
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

import type { StaffRole } from "@/lib/identity/roles";
import { users } from "./identity";

export const offices = pgTable("offices", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Stable short code used by the office directory (e.g. "gliwice"). */
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  /** TERYT code of the municipality (7 digits incl. type). */
  terytCode: text("teryt_code").notNull(),
  /** Default organisational-unit symbol of case numbers; departments may override it. */
  caseUnitSymbol: text("case_unit_symbol").notNull(),
  street: text("street").notNull(),
  postalCode: text("postal_code").notNull(),
  city: text("city").notNull(),
  /** NRB (26 digits) for fees. */
  bankAccount: text("bank_account").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

export const departments = pgTable(
  "departments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    officeId: uuid("office_id").notNull().references(() => offices.id),
    /** Code shared with service definitions and the office directory (e.g. "so"). */
    code: text("code").notNull(),
    name: text("name").notNull(),
    /** Organisational-unit symbol used in this department's case numbers (e.g. "SO-II"). */
    caseUnitSymbol: text("case_unit_symbol"),
  },
  (t) => [uniqueIndex("departments_office_code_key").on(t.officeId, t.code)],
);

export const staffMemberships = pgTable(
  "staff_memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    officeId: uuid("office_id").notNull().references(() => offices.id),
    departmentId: uuid("department_id").notNull().references(() => departments.id),
    role: text("role").$type<StaffRole>().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("staff_memberships_user_office_key").on(t.userId, t.officeId), index("staff_memberships_department_idx").on(t.departmentId)],
);

export const officeServices = pgTable(
  "office_services",
  {
    officeId: uuid("office_id").notNull().references(() => offices.id),
    serviceId: text("service_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.serviceId] })],
);
