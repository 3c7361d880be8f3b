CREATE TABLE "product_restrictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_kind" text NOT NULL,
	"target_value" text NOT NULL,
	"audience_kind" text NOT NULL,
	"audience_value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "product_restrictions_unique" ON "product_restrictions" USING btree ("target_kind","target_value","audience_kind","audience_value");