ALTER TABLE "space_posts" ADD COLUMN "risk_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "space_replies" ADD COLUMN "risk_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "space_posts_risk_version_idx" ON "space_posts" USING btree ("risk_version","id");--> statement-breakpoint
CREATE INDEX "space_replies_risk_version_idx" ON "space_replies" USING btree ("risk_version","id");