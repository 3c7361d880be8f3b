-- Each line gets its own reason; existing lines take their return's reason (returns.reason stays: the first line's).
ALTER TABLE "return_lines" ADD COLUMN "reason" "return_reason";--> statement-breakpoint
UPDATE "return_lines" SET "reason" = "returns"."reason" FROM "returns" WHERE "returns"."id" = "return_lines"."return_id";--> statement-breakpoint
ALTER TABLE "return_lines" ALTER COLUMN "reason" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "returns" ADD COLUMN "return_invoice" text;--> statement-breakpoint
ALTER TABLE "returns" ADD COLUMN "reverse_shipping_code" text;
