ALTER TABLE "bills" ADD COLUMN "file_key" text;--> statement-breakpoint
ALTER TABLE "bills" ADD COLUMN "file_type" text;