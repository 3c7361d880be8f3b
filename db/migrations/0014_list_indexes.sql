CREATE INDEX "orders_status_tally_idx" ON "orders" USING btree ("status","customer_id","total_cents");--> statement-breakpoint
CREATE INDEX "return_lines_order_line_idx" ON "return_lines" USING btree ("order_line_id");--> statement-breakpoint
CREATE INDEX "returns_created_idx" ON "returns" USING btree ("created_at");