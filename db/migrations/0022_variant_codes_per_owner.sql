ALTER TABLE "product_variants" DROP CONSTRAINT "product_variants_sku_unique";--> statement-breakpoint
ALTER TABLE "product_variants" DROP CONSTRAINT "product_variants_ean_unique";--> statement-breakpoint
ALTER TABLE "product_variants" ADD COLUMN "shop_id" uuid;--> statement-breakpoint
ALTER TABLE "product_variants" ADD CONSTRAINT "product_variants_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
UPDATE "product_variants" v SET "shop_id" = p."shop_id" FROM "products" p WHERE p."id" = v."product_id" AND p."shop_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "product_variants_brand_sku_unique" ON "product_variants" USING btree ("sku") WHERE "product_variants"."shop_id" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "product_variants_shop_sku_unique" ON "product_variants" USING btree ("shop_id","sku") WHERE "product_variants"."shop_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "product_variants_brand_ean_unique" ON "product_variants" USING btree ("ean") WHERE "product_variants"."shop_id" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "product_variants_shop_ean_unique" ON "product_variants" USING btree ("shop_id","ean") WHERE "product_variants"."shop_id" IS NOT NULL;