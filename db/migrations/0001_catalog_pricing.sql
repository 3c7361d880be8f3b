CREATE TYPE "public"."rounding_rule" AS ENUM('none', 'integer', 'end90', 'end99');--> statement-breakpoint
CREATE TYPE "public"."stock_movement" AS ENUM('receipt', 'adjustment', 'reservation', 'release', 'shipment');--> statement-breakpoint
CREATE TABLE "channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"uf" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "channels_code_unique" UNIQUE("code"),
	CONSTRAINT "channels_uf_format" CHECK ("channels"."uf" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "product_packs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"name" text NOT NULL,
	"quantities" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_variants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"color_name" text NOT NULL,
	"color_hex" text NOT NULL,
	"size" text NOT NULL,
	"sku" text NOT NULL,
	"ean" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "product_variants_sku_unique" UNIQUE("sku"),
	CONSTRAINT "product_variants_ean_unique" UNIQUE("ean"),
	CONSTRAINT "product_variants_hex" CHECK ("product_variants"."color_hex" ~ '^#[0-9a-fA-F]{6}$')
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"collection" text,
	"category" text,
	"brand" text,
	"supplier" text,
	"ncm" text,
	"cost_cents" bigint DEFAULT 0 NOT NULL,
	"base_price_cents" bigint NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_reference_unique" UNIQUE("reference"),
	CONSTRAINT "products_prices_non_negative" CHECK ("products"."cost_cents" >= 0 AND "products"."base_price_cents" >= 0),
	CONSTRAINT "products_ncm_format" CHECK ("products"."ncm" IS NULL OR "products"."ncm" ~ '^[0-9]{8}$')
);
--> statement-breakpoint
CREATE TABLE "stock_ledger" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"channel_id" uuid NOT NULL,
	"variant_id" uuid NOT NULL,
	"kind" "stock_movement" NOT NULL,
	"quantity" integer NOT NULL,
	"reason" text,
	"actor_id" uuid
);
--> statement-breakpoint
CREATE TABLE "stock_levels" (
	"channel_id" uuid NOT NULL,
	"variant_id" uuid NOT NULL,
	"on_hand" integer DEFAULT 0 NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"minimum" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stock_levels_channel_id_variant_id_pk" PRIMARY KEY("channel_id","variant_id"),
	CONSTRAINT "stock_non_negative" CHECK ("stock_levels"."on_hand" >= 0 AND "stock_levels"."reserved" >= 0 AND "stock_levels"."reserved" <= "stock_levels"."on_hand")
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"price_list_id" uuid NOT NULL,
	"valid_from" date,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "customer_group_members" (
	"customer_id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"uf" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "price_list_items" (
	"price_list_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"price_cents" bigint NOT NULL,
	"overridden" boolean DEFAULT false NOT NULL,
	CONSTRAINT "price_list_items_price_list_id_product_id_pk" PRIMARY KEY("price_list_id","product_id"),
	CONSTRAINT "price_list_items_price" CHECK ("price_list_items"."price_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "price_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"dest_uf" text NOT NULL,
	"channel_id" uuid NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"factor_bps" integer DEFAULT 10000 NOT NULL,
	"rounding" "rounding_rule" DEFAULT 'end90' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sales_scenarios_name_unique" UNIQUE("name"),
	CONSTRAINT "sales_scenarios_factor_positive" CHECK ("sales_scenarios"."factor_bps" > 0)
);
--> statement-breakpoint
CREATE TABLE "size_scenarios" (
	"company_size" "company_size" PRIMARY KEY NOT NULL,
	"scenario_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uf_adjustments" (
	"origin_uf" text NOT NULL,
	"dest_uf" text NOT NULL,
	"adjustment_bps" integer NOT NULL,
	CONSTRAINT "uf_adjustments_origin_uf_dest_uf_pk" PRIMARY KEY("origin_uf","dest_uf")
);
--> statement-breakpoint
CREATE TABLE "use_type_defaults" (
	"use_type" "use_type" PRIMARY KEY NOT NULL,
	"scenario_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "channel_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "serving_customer_id" uuid;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "scenario_id" uuid;--> statement-breakpoint
ALTER TABLE "product_packs" ADD CONSTRAINT "product_packs_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_variants" ADD CONSTRAINT "product_variants_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_ledger" ADD CONSTRAINT "stock_ledger_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_ledger" ADD CONSTRAINT "stock_ledger_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_ledger" ADD CONSTRAINT "stock_ledger_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_group_id_customer_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."customer_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_price_list_id_price_lists_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_group_members" ADD CONSTRAINT "customer_group_members_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_group_members" ADD CONSTRAINT "customer_group_members_group_id_customer_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."customer_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_groups" ADD CONSTRAINT "customer_groups_scenario_id_sales_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."sales_scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_items" ADD CONSTRAINT "price_list_items_price_list_id_price_lists_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_items" ADD CONSTRAINT "price_list_items_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_lists" ADD CONSTRAINT "price_lists_scenario_id_sales_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."sales_scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_lists" ADD CONSTRAINT "price_lists_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "size_scenarios" ADD CONSTRAINT "size_scenarios_scenario_id_sales_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."sales_scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "use_type_defaults" ADD CONSTRAINT "use_type_defaults_scenario_id_sales_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."sales_scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "product_variants_cell_unique" ON "product_variants" USING btree ("product_id","color_name","size");--> statement-breakpoint
CREATE INDEX "products_collection_idx" ON "products" USING btree ("collection");--> statement-breakpoint
CREATE INDEX "products_category_idx" ON "products" USING btree ("category");--> statement-breakpoint
CREATE INDEX "stock_ledger_variant_idx" ON "stock_ledger" USING btree ("variant_id","channel_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_group_channel_unique" ON "contracts" USING btree ("group_id","channel_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_groups_scenario_uf_unique" ON "customer_groups" USING btree ("scenario_id","uf");--> statement-breakpoint
CREATE UNIQUE INDEX "price_lists_scenario_dest_channel_unique" ON "price_lists" USING btree ("scenario_id","dest_uf","channel_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_serving_customer_id_customers_id_fk" FOREIGN KEY ("serving_customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_scenario_id_sales_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."sales_scenarios"("id") ON DELETE set null ON UPDATE no action;