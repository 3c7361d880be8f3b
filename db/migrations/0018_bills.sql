CREATE TABLE "bills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"supplier_id" uuid,
	"description" text NOT NULL,
	"category" text NOT NULL,
	"installment" integer DEFAULT 1 NOT NULL,
	"installments" integer DEFAULT 1 NOT NULL,
	"due_on" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	"paid_on" date,
	"paid_cents" bigint,
	"purchase_request_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bills_money" CHECK ("bills"."amount_cents" > 0 AND ("bills"."paid_cents" IS NULL OR "bills"."paid_cents" > 0) AND "bills"."installment" BETWEEN 1 AND "bills"."installments" AND "bills"."installments" BETWEEN 1 AND 24),
	CONSTRAINT "bills_paid_together" CHECK (("bills"."paid_on" IS NULL) = ("bills"."paid_cents" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "bills" ADD CONSTRAINT "bills_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bills" ADD CONSTRAINT "bills_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bills" ADD CONSTRAINT "bills_purchase_request_id_purchase_requests_id_fk" FOREIGN KEY ("purchase_request_id") REFERENCES "public"."purchase_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bills" ADD CONSTRAINT "bills_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bills_shop_due_idx" ON "bills" USING btree ("shop_id","due_on");--> statement-breakpoint
CREATE INDEX "bills_shop_paid_idx" ON "bills" USING btree ("shop_id","paid_on") WHERE "bills"."paid_on" IS NOT NULL;