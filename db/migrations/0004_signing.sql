CREATE TABLE "receipt_documents" (
	"receipt_id" uuid PRIMARY KEY NOT NULL,
	"pdf" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"kid" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "receipt_ledger_heads" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"seq" integer NOT NULL,
	"head_hash" text
);
--> statement-breakpoint
CREATE TABLE "receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"receipt_number" text NOT NULL,
	"office_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"submission_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"canonical" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"prev_hash" text,
	"jws" text NOT NULL,
	"kid" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signature_challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draft_id" uuid NOT NULL,
	"applicant_id" text NOT NULL,
	"document_hash" text NOT NULL,
	"code_hmac" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"kid" text PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"office_id" uuid,
	"certificate" "bytea" NOT NULL,
	"issuer_kid" text,
	"encrypted_private_key" "bytea",
	"status" text DEFAULT 'active' NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signing_keys_purpose_check" CHECK ("signing_keys"."purpose" in ('root','submission-seal','receipt-seal')),
	CONSTRAINT "signing_keys_status_check" CHECK ("signing_keys"."status" in ('active','retired'))
);
--> statement-breakpoint
CREATE TABLE "submission_documents" (
	"submission_id" uuid PRIMARY KEY NOT NULL,
	"pdf" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"kid" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "canonical" "bytea" NOT NULL;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "content_digest" text NOT NULL;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "signature_jws" text NOT NULL;--> statement-breakpoint
ALTER TABLE "receipt_documents" ADD CONSTRAINT "receipt_documents_receipt_id_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."receipts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipt_ledger_heads" ADD CONSTRAINT "receipt_ledger_heads_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signature_challenges" ADD CONSTRAINT "signature_challenges_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signature_challenges" ADD CONSTRAINT "signature_challenges_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_keys" ADD CONSTRAINT "signing_keys_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_documents" ADD CONSTRAINT "submission_documents_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "receipt_documents_sha256_idx" ON "receipt_documents" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "receipts_number_key" ON "receipts" USING btree ("receipt_number");--> statement-breakpoint
CREATE UNIQUE INDEX "receipts_office_seq_key" ON "receipts" USING btree ("office_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "receipts_case_key" ON "receipts" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "receipts_submission_key" ON "receipts" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "receipts_sha256_idx" ON "receipts" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "signature_challenges_draft_key" ON "signature_challenges" USING btree ("draft_id");--> statement-breakpoint
CREATE INDEX "signing_keys_purpose_idx" ON "signing_keys" USING btree ("purpose","office_id","status");--> statement-breakpoint
-- Receipts and their sealed PDFs are append-only: evidence is never rewritten or removed.
CREATE FUNCTION "refuse_receipt_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'receipts are append-only (% on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "receipts_append_only" BEFORE UPDATE OR DELETE ON "receipts" FOR EACH ROW EXECUTE FUNCTION "refuse_receipt_change"();--> statement-breakpoint
CREATE TRIGGER "receipts_no_truncate" BEFORE TRUNCATE ON "receipts" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_receipt_change"();--> statement-breakpoint
CREATE TRIGGER "receipt_documents_append_only" BEFORE UPDATE OR DELETE ON "receipt_documents" FOR EACH ROW EXECUTE FUNCTION "refuse_receipt_change"();
