CREATE INDEX "ruptures_relationship_idx" ON "ruptures" USING btree ("relationship_id","opened_at");
