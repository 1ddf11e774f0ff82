CREATE TABLE "deadline_warnings" (
	"case_id" uuid NOT NULL,
	"threshold" integer NOT NULL,
	"due_date" date NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "deadline_warnings_case_id_threshold_due_date_pk" PRIMARY KEY("case_id","threshold","due_date")
);
--> statement-breakpoint
ALTER TABLE "deadline_warnings" ADD CONSTRAINT "deadline_warnings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;