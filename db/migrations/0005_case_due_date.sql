ALTER TABLE "cases" ADD COLUMN "due_date" date;--> statement-breakpoint
CREATE INDEX "cases_office_due_idx" ON "cases" USING btree ("office_id","due_date");