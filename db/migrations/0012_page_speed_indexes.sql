DROP INDEX "messages_thread_idx";--> statement-breakpoint
CREATE INDEX "match_requests_open_expiry_idx" ON "match_requests" USING btree ("expires_at") WHERE "match_requests"."status" = 'open';--> statement-breakpoint
CREATE INDEX "messages_thread_idx" ON "messages" USING btree ("relationship_id","created_at","id");