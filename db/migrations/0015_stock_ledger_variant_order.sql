DROP INDEX "stock_ledger_variant_idx";--> statement-breakpoint
CREATE INDEX "stock_ledger_variant_at_idx" ON "stock_ledger" USING btree ("variant_id","at","id");