CREATE TYPE "public"."circle_renewal_status" AS ENUM('open', 'agreed', 'declined', 'lapsed');--> statement-breakpoint
CREATE TABLE "circle_reflections" (
	"circle_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "circle_reflections_circle_id_user_id_pk" PRIMARY KEY("circle_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "circle_renewal_votes" (
	"renewal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"agree" boolean NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "circle_renewal_votes_renewal_id_user_id_pk" PRIMARY KEY("renewal_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "circle_renewals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"circle_id" uuid NOT NULL,
	"proposed_by_id" uuid,
	"extra_sessions" smallint NOT NULL,
	"status" "circle_renewal_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "circle_renewals_extra" CHECK ("circle_renewals"."extra_sessions" between 1 and 12)
);
--> statement-breakpoint
ALTER TABLE "circles" ADD COLUMN "facilitator_away_reason" text;--> statement-breakpoint
ALTER TABLE "circles" ADD COLUMN "facilitator_away_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "circles" ADD COLUMN "facilitator_away_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "circles" ADD COLUMN "facilitator_away_words" text;--> statement-breakpoint
ALTER TABLE "circle_reflections" ADD CONSTRAINT "circle_reflections_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_reflections" ADD CONSTRAINT "circle_reflections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_renewal_votes" ADD CONSTRAINT "circle_renewal_votes_renewal_id_circle_renewals_id_fk" FOREIGN KEY ("renewal_id") REFERENCES "public"."circle_renewals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_renewal_votes" ADD CONSTRAINT "circle_renewal_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_renewals" ADD CONSTRAINT "circle_renewals_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_renewals" ADD CONSTRAINT "circle_renewals_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "circle_renewals_one_open" ON "circle_renewals" USING btree ("circle_id") WHERE "circle_renewals"."status" = 'open';--> statement-breakpoint
CREATE INDEX "circles_facilitator_away_idx" ON "circles" USING btree ("facilitator_away_due_at") WHERE "circles"."facilitator_away";--> statement-breakpoint
ALTER TABLE "circles" ADD CONSTRAINT "circles_away_reason" CHECK ("circles"."facilitator_away_reason" is null or "circles"."facilitator_away_reason" in ('stepped_back','paused','suspended'));