ALTER TABLE "circle_messages" ADD COLUMN "risk_level" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "circle_messages" ADD COLUMN "risk_category" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "circle_messages" ADD COLUMN "risk_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "circle_messages_risk_version_idx" ON "circle_messages" USING btree ("risk_version","id");