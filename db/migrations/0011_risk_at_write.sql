ALTER TABLE "needs_profiles" ADD COLUMN "risk_level" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "needs_profiles" ADD COLUMN "risk_category" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "needs_profiles" ADD COLUMN "risk_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "check_in_entries" ADD COLUMN "risk_level" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "check_in_entries" ADD COLUMN "risk_category" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "check_in_entries" ADD COLUMN "risk_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "risk_level" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "risk_category" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "risk_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "safety_items" ADD COLUMN "category" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "safety_items" ADD COLUMN "first_look_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "safety_items" ADD COLUMN "first_look_by_id" uuid;--> statement-breakpoint
ALTER TABLE "safety_items" ADD CONSTRAINT "safety_items_first_look_by_id_users_id_fk" FOREIGN KEY ("first_look_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_in_entries_author_risk_idx" ON "check_in_entries" USING btree ("author_id","updated_at") WHERE "check_in_entries"."risk_level" <> 'none';--> statement-breakpoint
CREATE INDEX "messages_author_risk_idx" ON "messages" USING btree ("author_id","created_at") WHERE "messages"."risk_level" <> 'none';--> statement-breakpoint
CREATE INDEX "messages_risk_version_idx" ON "messages" USING btree ("risk_version","id");