CREATE TYPE "public"."relationship_kind" AS ENUM('mentorship', 'friendship');--> statement-breakpoint
CREATE TYPE "public"."relationship_status" AS ENUM('active', 'ended');--> statement-breakpoint
CREATE TYPE "public"."match_request_status" AS ENUM('open', 'accepted', 'declined', 'expired', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."matching_round_status" AS ENUM('preview', 'committed', 'discarded');--> statement-breakpoint
CREATE TABLE "match_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "relationship_kind" NOT NULL,
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	"pair_low" uuid NOT NULL,
	"pair_high" uuid NOT NULL,
	"status" "match_request_status" DEFAULT 'open' NOT NULL,
	"note" text,
	"score" smallint,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recipient_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"round_id" uuid,
	"from_agreed_at" timestamp with time zone,
	"to_agreed_at" timestamp with time zone,
	"response_template" text,
	"response_note" text,
	"responded_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"outcome_seen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_requests_pair" CHECK ("match_requests"."pair_low" = least("match_requests"."from_id", "match_requests"."to_id") and "match_requests"."pair_high" = greatest("match_requests"."from_id", "match_requests"."to_id") and "match_requests"."from_id" <> "match_requests"."to_id")
);
--> statement-breakpoint
CREATE TABLE "matching_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "relationship_kind" NOT NULL,
	"status" "matching_round_status" DEFAULT 'preview' NOT NULL,
	"options" jsonb NOT NULL,
	"totals" jsonb NOT NULL,
	"pairs" jsonb NOT NULL,
	"created_by_id" uuid,
	"committed_by_id" uuid,
	"committed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "relationship_kind" NOT NULL,
	"seeker_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"pair_low" uuid NOT NULL,
	"pair_high" uuid NOT NULL,
	"status" "relationship_status" DEFAULT 'active' NOT NULL,
	"request_id" uuid,
	"score" smallint,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by_id" uuid,
	"end_reason" text,
	"end_reflection" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relationships_pair" CHECK ("relationships"."pair_low" = least("relationships"."seeker_id", "relationships"."partner_id") and "relationships"."pair_high" = greatest("relationships"."seeker_id", "relationships"."partner_id") and "relationships"."seeker_id" <> "relationships"."partner_id")
);
--> statement-breakpoint
CREATE TABLE "suggestion_exposures" (
	"mentor_id" uuid NOT NULL,
	"seeker_id" uuid NOT NULL,
	"shown_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rank" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_from_id_users_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_to_id_users_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_requests" ADD CONSTRAINT "match_requests_round_id_matching_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."matching_rounds"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_rounds" ADD CONSTRAINT "matching_rounds_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_rounds" ADD CONSTRAINT "matching_rounds_committed_by_id_users_id_fk" FOREIGN KEY ("committed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_seeker_id_users_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_partner_id_users_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_request_id_match_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."match_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_ended_by_id_users_id_fk" FOREIGN KEY ("ended_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_exposures" ADD CONSTRAINT "suggestion_exposures_mentor_id_users_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_exposures" ADD CONSTRAINT "suggestion_exposures_seeker_id_users_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "match_requests_one_open_per_pair" ON "match_requests" USING btree ("pair_low","pair_high") WHERE "match_requests"."status" = 'open';--> statement-breakpoint
CREATE INDEX "match_requests_from_idx" ON "match_requests" USING btree ("from_id","status");--> statement-breakpoint
CREATE INDEX "match_requests_to_idx" ON "match_requests" USING btree ("to_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "relationships_one_active_per_pair" ON "relationships" USING btree ("pair_low","pair_high") WHERE "relationships"."status" = 'active';--> statement-breakpoint
CREATE INDEX "relationships_partner_idx" ON "relationships" USING btree ("partner_id","status");--> statement-breakpoint
CREATE INDEX "relationships_seeker_idx" ON "relationships" USING btree ("seeker_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "suggestion_exposures_pair" ON "suggestion_exposures" USING btree ("mentor_id","seeker_id");--> statement-breakpoint
CREATE INDEX "suggestion_exposures_recent" ON "suggestion_exposures" USING btree ("mentor_id","shown_at");