CREATE TYPE "public"."purchase_request_status" AS ENUM('open', 'sent', 'received', 'cancelled');--> statement-breakpoint
CREATE TABLE "purchase_request_lines" (
	"request_id" uuid NOT NULL,
	"variant_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_request_lines_request_id_variant_id_pk" PRIMARY KEY("request_id","variant_id"),
	CONSTRAINT "purchase_request_lines_quantity" CHECK ("purchase_request_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "purchase_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"shop_id" uuid NOT NULL,
	"supplier_id" uuid,
	"status" "purchase_request_status" DEFAULT 'open' NOT NULL,
	"notes" text,
	"sent_at" timestamp with time zone,
	"sent_by_id" uuid,
	"received_at" timestamp with time zone,
	"order_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_requests_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "suppliers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"name" text NOT NULL,
	"cnpj" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"contact" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "shop_products" ADD COLUMN "supplier_id" uuid;--> statement-breakpoint
ALTER TABLE "purchase_request_lines" ADD CONSTRAINT "purchase_request_lines_request_id_purchase_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."purchase_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_request_lines" ADD CONSTRAINT "purchase_request_lines_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_requests" ADD CONSTRAINT "purchase_requests_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_requests" ADD CONSTRAINT "purchase_requests_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_requests" ADD CONSTRAINT "purchase_requests_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_requests" ADD CONSTRAINT "purchase_requests_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "purchase_requests_one_open" ON "purchase_requests" USING btree ("shop_id",coalesce("supplier_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "purchase_requests"."status" = 'open';--> statement-breakpoint
CREATE INDEX "purchase_requests_shop_idx" ON "purchase_requests" USING btree ("shop_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "suppliers_shop_cnpj_unique" ON "suppliers" USING btree ("shop_id","cnpj");--> statement-breakpoint
CREATE INDEX "suppliers_shop_name_idx" ON "suppliers" USING btree ("shop_id","name");--> statement-breakpoint
ALTER TABLE "shop_products" ADD CONSTRAINT "shop_products_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE set null ON UPDATE no action;