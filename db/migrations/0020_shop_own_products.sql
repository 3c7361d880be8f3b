ALTER TABLE "products" DROP CONSTRAINT "products_reference_unique";--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "shop_id" uuid;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "products_brand_reference_unique" ON "products" USING btree ("reference") WHERE "products"."shop_id" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "products_shop_reference_unique" ON "products" USING btree ("shop_id","reference") WHERE "products"."shop_id" IS NOT NULL;