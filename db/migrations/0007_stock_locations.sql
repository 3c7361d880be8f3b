-- Stock moves from channels to locations: a location is a brand channel or a shop. Each channel gets
-- its location, and every existing level and ledger row is moved onto its channel's location.
CREATE TYPE "public"."stock_location_kind" AS ENUM('channel', 'shop');--> statement-breakpoint
ALTER TYPE "public"."stock_movement" ADD VALUE 'transfer';--> statement-breakpoint
CREATE TABLE "stock_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "stock_location_kind" NOT NULL,
	"channel_id" uuid,
	"shop_id" uuid,
	"name" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_locations_owner" CHECK (("stock_locations"."kind" = 'channel' AND "stock_locations"."channel_id" IS NOT NULL AND "stock_locations"."shop_id" IS NULL) OR ("stock_locations"."kind" = 'shop' AND "stock_locations"."shop_id" IS NOT NULL AND "stock_locations"."channel_id" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "stock_locations" ADD CONSTRAINT "stock_locations_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_locations" ADD CONSTRAINT "stock_locations_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "stock_locations_channel_unique" ON "stock_locations" USING btree ("channel_id");--> statement-breakpoint
CREATE INDEX "stock_locations_shop_idx" ON "stock_locations" USING btree ("shop_id");--> statement-breakpoint
INSERT INTO "stock_locations" ("kind", "channel_id") SELECT 'channel', "id" FROM "channels";--> statement-breakpoint
ALTER TABLE "stock_levels" ADD COLUMN "location_id" uuid;--> statement-breakpoint
UPDATE "stock_levels" s SET "location_id" = l."id" FROM "stock_locations" l WHERE l."channel_id" = s."channel_id";--> statement-breakpoint
ALTER TABLE "stock_levels" ALTER COLUMN "location_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "stock_ledger" ADD COLUMN "location_id" uuid;--> statement-breakpoint
UPDATE "stock_ledger" s SET "location_id" = l."id" FROM "stock_locations" l WHERE l."channel_id" = s."channel_id";--> statement-breakpoint
ALTER TABLE "stock_ledger" ALTER COLUMN "location_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "stock_ledger" ADD COLUMN "counterpart_location_id" uuid;--> statement-breakpoint
ALTER TABLE "stock_ledger" DROP CONSTRAINT "stock_ledger_channel_id_channels_id_fk";--> statement-breakpoint
ALTER TABLE "stock_levels" DROP CONSTRAINT "stock_levels_channel_id_channels_id_fk";--> statement-breakpoint
DROP INDEX "stock_ledger_variant_idx";--> statement-breakpoint
ALTER TABLE "stock_levels" DROP CONSTRAINT "stock_levels_channel_id_variant_id_pk";--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_location_id_variant_id_pk" PRIMARY KEY("location_id","variant_id");--> statement-breakpoint
ALTER TABLE "stock_ledger" ADD CONSTRAINT "stock_ledger_location_id_stock_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."stock_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_ledger" ADD CONSTRAINT "stock_ledger_counterpart_location_id_stock_locations_id_fk" FOREIGN KEY ("counterpart_location_id") REFERENCES "public"."stock_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_location_id_stock_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."stock_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stock_levels_variant_idx" ON "stock_levels" USING btree ("variant_id");--> statement-breakpoint
CREATE INDEX "stock_ledger_variant_idx" ON "stock_ledger" USING btree ("variant_id","location_id","at");--> statement-breakpoint
ALTER TABLE "stock_ledger" DROP COLUMN "channel_id";--> statement-breakpoint
ALTER TABLE "stock_levels" DROP COLUMN "channel_id";
