ALTER TABLE "return_lines" ADD COLUMN "credit_cents" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "return_lines" SET "credit_cents" = "quantity" * "unit_credit_cents";
