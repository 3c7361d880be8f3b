CREATE TYPE "public"."payment_method" AS ENUM('cash', 'debit', 'credit', 'pix');--> statement-breakpoint
CREATE TYPE "public"."register_movement" AS ENUM('withdrawal', 'deposit');--> statement-breakpoint
CREATE TYPE "public"."sale_status" AS ENUM('completed', 'voided');--> statement-breakpoint
ALTER TYPE "public"."stock_movement" ADD VALUE 'sale';--> statement-breakpoint
ALTER TYPE "public"."stock_movement" ADD VALUE 'void';--> statement-breakpoint
CREATE TABLE "shop_consumers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"name" text NOT NULL,
	"cpf" text,
	"phone" text,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shop_products" (
	"shop_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"cost_cents" bigint DEFAULT 0 NOT NULL,
	"price_cents" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shop_products_shop_id_product_id_pk" PRIMARY KEY("shop_id","product_id"),
	CONSTRAINT "shop_products_money" CHECK ("shop_products"."cost_cents" >= 0 AND ("shop_products"."price_cents" IS NULL OR "shop_products"."price_cents" >= 0))
);
--> statement-breakpoint
CREATE TABLE "parked_sales" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"label" text NOT NULL,
	"cart" jsonb NOT NULL,
	"parked_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "register_movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"kind" "register_movement" NOT NULL,
	"amount_cents" bigint NOT NULL,
	"reason" text NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_movements_amount" CHECK ("register_movements"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "register_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"register_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"opened_by_id" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"float_cents" bigint NOT NULL,
	"closed_by_id" uuid,
	"closed_at" timestamp with time zone,
	"expected" jsonb,
	"counted" jsonb,
	"closing_notes" text,
	CONSTRAINT "register_sessions_float" CHECK ("register_sessions"."float_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "registers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"name" text NOT NULL,
	"location_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sale_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sale_id" uuid NOT NULL,
	"variant_id" uuid NOT NULL,
	"description" text NOT NULL,
	"sku" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_cents" bigint NOT NULL,
	"discount_cents" bigint DEFAULT 0 NOT NULL,
	"total_cents" bigint NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sale_lines_positive" CHECK ("sale_lines"."quantity" > 0 AND "sale_lines"."unit_price_cents" >= 0 AND "sale_lines"."discount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sale_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sale_id" uuid NOT NULL,
	"method" "payment_method" NOT NULL,
	"amount_cents" bigint NOT NULL,
	"tendered_cents" bigint,
	"installments" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "sale_payments_amount" CHECK ("sale_payments"."amount_cents" > 0 AND "sale_payments"."installments" BETWEEN 1 AND 24)
);
--> statement-breakpoint
CREATE TABLE "sales" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"shop_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"seller_id" uuid,
	"consumer_id" uuid,
	"status" "sale_status" DEFAULT 'completed' NOT NULL,
	"subtotal_cents" bigint NOT NULL,
	"line_discount_cents" bigint DEFAULT 0 NOT NULL,
	"discount_cents" bigint DEFAULT 0 NOT NULL,
	"total_cents" bigint NOT NULL,
	"change_cents" bigint DEFAULT 0 NOT NULL,
	"idempotency_key" text NOT NULL,
	"voided_at" timestamp with time zone,
	"voided_by_id" uuid,
	"void_reason" text,
	"void_session_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sales_number_unique" UNIQUE("number"),
	CONSTRAINT "sales_money" CHECK ("sales"."subtotal_cents" >= 0 AND "sales"."discount_cents" >= 0 AND "sales"."line_discount_cents" >= 0 AND "sales"."total_cents" >= 0 AND "sales"."change_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "stock_levels" DROP CONSTRAINT "stock_non_negative";--> statement-breakpoint
ALTER TABLE "shops" ADD COLUMN "max_discount_bps" integer DEFAULT 1000 NOT NULL;--> statement-breakpoint
ALTER TABLE "shops" ADD COLUMN "allow_negative_stock" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "shops" ADD COLUMN "markup_bps" integer DEFAULT 10000 NOT NULL;--> statement-breakpoint
ALTER TABLE "shops" ADD COLUMN "pix_key" text;--> statement-breakpoint
ALTER TABLE "shops" ADD COLUMN "pix_merchant_name" text;--> statement-breakpoint
ALTER TABLE "shops" ADD COLUMN "pix_city" text;--> statement-breakpoint
ALTER TABLE "stock_ledger" ADD COLUMN "sale_id" uuid;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD COLUMN "negative_allowed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "shop_id" uuid;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "shop_stock_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shop_consumers" ADD CONSTRAINT "shop_consumers_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_products" ADD CONSTRAINT "shop_products_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_products" ADD CONSTRAINT "shop_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parked_sales" ADD CONSTRAINT "parked_sales_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parked_sales" ADD CONSTRAINT "parked_sales_parked_by_id_users_id_fk" FOREIGN KEY ("parked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_movements" ADD CONSTRAINT "register_movements_session_id_register_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."register_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_movements" ADD CONSTRAINT "register_movements_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_movements" ADD CONSTRAINT "register_movements_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_sessions" ADD CONSTRAINT "register_sessions_register_id_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."registers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_sessions" ADD CONSTRAINT "register_sessions_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_sessions" ADD CONSTRAINT "register_sessions_opened_by_id_users_id_fk" FOREIGN KEY ("opened_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_sessions" ADD CONSTRAINT "register_sessions_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registers" ADD CONSTRAINT "registers_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registers" ADD CONSTRAINT "registers_location_id_stock_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."stock_locations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_lines" ADD CONSTRAINT "sale_lines_sale_id_sales_id_fk" FOREIGN KEY ("sale_id") REFERENCES "public"."sales"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_lines" ADD CONSTRAINT "sale_lines_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sale_payments" ADD CONSTRAINT "sale_payments_sale_id_sales_id_fk" FOREIGN KEY ("sale_id") REFERENCES "public"."sales"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_session_id_register_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."register_sessions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_location_id_stock_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."stock_locations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_seller_id_users_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_consumer_id_shop_consumers_id_fk" FOREIGN KEY ("consumer_id") REFERENCES "public"."shop_consumers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_voided_by_id_users_id_fk" FOREIGN KEY ("voided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_void_session_id_register_sessions_id_fk" FOREIGN KEY ("void_session_id") REFERENCES "public"."register_sessions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "shop_consumers_cpf_unique" ON "shop_consumers" USING btree ("shop_id","cpf");--> statement-breakpoint
CREATE INDEX "shop_consumers_phone_idx" ON "shop_consumers" USING btree ("shop_id","phone");--> statement-breakpoint
CREATE INDEX "parked_sales_shop_idx" ON "parked_sales" USING btree ("shop_id","created_at");--> statement-breakpoint
CREATE INDEX "register_movements_session_idx" ON "register_movements" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "register_sessions_one_open" ON "register_sessions" USING btree ("register_id") WHERE "register_sessions"."closed_at" IS NULL;--> statement-breakpoint
CREATE INDEX "register_sessions_shop_idx" ON "register_sessions" USING btree ("shop_id","opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registers_shop_name_unique" ON "registers" USING btree ("shop_id","name");--> statement-breakpoint
CREATE INDEX "sale_lines_sale_idx" ON "sale_lines" USING btree ("sale_id");--> statement-breakpoint
CREATE INDEX "sale_payments_sale_idx" ON "sale_payments" USING btree ("sale_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sales_idempotency_unique" ON "sales" USING btree ("shop_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "sales_shop_created_idx" ON "sales" USING btree ("shop_id","created_at");--> statement-breakpoint
CREATE INDEX "sales_session_idx" ON "sales" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "sales_void_session_idx" ON "sales" USING btree ("void_session_id") WHERE "sales"."void_session_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shops" ADD CONSTRAINT "shops_settings_range" CHECK ("shops"."max_discount_bps" BETWEEN 0 AND 10000 AND "shops"."markup_bps" BETWEEN 0 AND 100000);--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_non_negative" CHECK ("stock_levels"."reserved" >= 0 AND ("stock_levels"."negative_allowed" OR ("stock_levels"."on_hand" >= 0 AND "stock_levels"."reserved" <= "stock_levels"."on_hand")));