/** Uploaded attachments: metadata, scan verdict and (by default) the content itself. */
import { sql } from "drizzle-orm";
import { check, customType, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { cases, drafts } from "./cases";
import { users } from "./identity";

export type ScanStatus = "pending" | "clean" | "infected" | "error";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

export const storedFiles = pgTable(
  "stored_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: text("owner_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    /** Null once the draft is gone; the case keeps the file through `case_id`. */
    draftId: uuid("draft_id").references(() => drafts.id, { onDelete: "set null" }),
    /** Filled by attachFilesToCase when the draft is submitted. */
    caseId: uuid("case_id").references(() => cases.id),
    fieldKey: text("field_key").notNull(),
    /** Sanitised original name (no path, no control characters). */
    name: text("name").notNull(),
    /** Detected from the content (magic bytes), never taken from the browser. */
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    scanStatus: text("scan_status").$type<ScanStatus>().notNull().default("pending"),
    scanDetail: text("scan_detail"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** PostgreSQL storage (lib/files/storage.ts); null when another storage holds the bytes. */
    content: bytea("content"),
  },
  (t) => [
    index("stored_files_draft_idx").on(t.draftId),
    index("stored_files_case_idx").on(t.caseId),
    index("stored_files_owner_idx").on(t.ownerId, t.createdAt),
    check("stored_files_scan_status_check", sql`${t.scanStatus} in ('pending','clean','infected','error')`),
    check("stored_files_sha256_check", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check("stored_files_size_check", sql`${t.size} >= 0`),
  ],
);
