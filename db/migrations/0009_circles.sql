CREATE TYPE "public"."circle_attendance_status" AS ENUM('there', 'missed', 'excused');--> statement-breakpoint
CREATE TYPE "public"."circle_cadence" AS ENUM('weekly', 'fortnightly');--> statement-breakpoint
CREATE TYPE "public"."circle_join_status" AS ENUM('open', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."circle_leave_reason" AS ENUM('left', 'removed', 'replaced', 'ended', 'closed');--> statement-breakpoint
CREATE TYPE "public"."circle_session_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."circle_status" AS ENUM('proposed', 'open', 'active', 'ended');--> statement-breakpoint
ALTER TYPE "public"."content_kind" ADD VALUE 'circle_message';--> statement-breakpoint
CREATE TABLE "circle_attendance" (
	"circle_id" uuid NOT NULL,
	"session_number" smallint NOT NULL,
	"user_id" uuid NOT NULL,
	"status" "circle_attendance_status" NOT NULL,
	"marked_at" timestamp with time zone NOT NULL,
	"facilitator_prompted_at" timestamp with time zone,
	"reached_out_at" timestamp with time zone,
	CONSTRAINT "circle_attendance_circle_id_session_number_user_id_pk" PRIMARY KEY("circle_id","session_number","user_id")
);
--> statement-breakpoint
CREATE TABLE "circle_facilitators" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"answers" jsonb NOT NULL,
	"passed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_join_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"circle_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" "circle_join_status" DEFAULT 'open' NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"score" smallint,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"circle_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"seat" smallint NOT NULL,
	"placement_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone,
	"left_reason" "circle_leave_reason",
	"closing_words" text,
	"closing_words_key_id" text,
	"removal_note" text,
	CONSTRAINT "circle_members_seat" CHECK ("circle_members"."seat" between 1 and 8),
	CONSTRAINT "circle_members_left_reason" CHECK (("circle_members"."left_at" is null) = ("circle_members"."left_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "circle_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"circle_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"key_id" text NOT NULL,
	"client_key" uuid NOT NULL,
	"session_number" smallint,
	"created_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "circle_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text DEFAULT 'preview' NOT NULL,
	"totals" jsonb NOT NULL,
	"placements" jsonb NOT NULL,
	"closed_circle_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by_id" uuid,
	"committed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_seekers" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"waiting_since" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"circle_id" uuid NOT NULL,
	"number" smallint NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"prompt" text NOT NULL,
	"prompt_key_id" text NOT NULL,
	"status" "circle_session_status" DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "circle_sessions_window" CHECK ("circle_sessions"."ends_at" > "circle_sessions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "circles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facilitator_id" uuid NOT NULL,
	"title" text NOT NULL,
	"focus_topic_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"language" text NOT NULL,
	"target_size" smallint NOT NULL,
	"max_size" smallint NOT NULL,
	"cadence" "circle_cadence" NOT NULL,
	"day" text NOT NULL,
	"start_minute" smallint NOT NULL,
	"duration_minutes" smallint NOT NULL,
	"timezone" text NOT NULL,
	"starts_on" text NOT NULL,
	"length_sessions" smallint NOT NULL,
	"status" "circle_status" DEFAULT 'proposed' NOT NULL,
	"facilitator_away" boolean DEFAULT false NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circles_size" CHECK ("circles"."target_size" between 4 and 6 and "circles"."max_size" between "circles"."target_size" and 8),
	CONSTRAINT "circles_day" CHECK ("circles"."day" in ('mon','tue','wed','thu','fri','sat','sun')),
	CONSTRAINT "circles_start_minute" CHECK ("circles"."start_minute" between 0 and 1439 and "circles"."start_minute" % 15 = 0),
	CONSTRAINT "circles_duration" CHECK ("circles"."duration_minutes" between 30 and 180 and "circles"."duration_minutes" % 15 = 0),
	CONSTRAINT "circles_length" CHECK ("circles"."length_sessions" between 2 and 24),
	CONSTRAINT "circles_starts_on" CHECK ("circles"."starts_on" ~ '^\d{4}-\d{2}-\d{2}$')
);
--> statement-breakpoint
ALTER TABLE "circle_attendance" ADD CONSTRAINT "circle_attendance_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_attendance" ADD CONSTRAINT "circle_attendance_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_facilitators" ADD CONSTRAINT "circle_facilitators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_join_requests" ADD CONSTRAINT "circle_join_requests_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_join_requests" ADD CONSTRAINT "circle_join_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_members" ADD CONSTRAINT "circle_members_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_members" ADD CONSTRAINT "circle_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_messages" ADD CONSTRAINT "circle_messages_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_messages" ADD CONSTRAINT "circle_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_messages" ADD CONSTRAINT "circle_messages_removed_by_id_users_id_fk" FOREIGN KEY ("removed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_rounds" ADD CONSTRAINT "circle_rounds_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_seekers" ADD CONSTRAINT "circle_seekers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_sessions" ADD CONSTRAINT "circle_sessions_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circles" ADD CONSTRAINT "circles_facilitator_id_users_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "circle_join_one_open" ON "circle_join_requests" USING btree ("circle_id","user_id") WHERE "circle_join_requests"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "circle_members_one_seat_each" ON "circle_members" USING btree ("circle_id","user_id") WHERE "circle_members"."left_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "circle_members_seat_taken_once" ON "circle_members" USING btree ("circle_id","seat") WHERE "circle_members"."left_at" is null;--> statement-breakpoint
CREATE INDEX "circle_members_user_idx" ON "circle_members" USING btree ("user_id","left_at");--> statement-breakpoint
CREATE UNIQUE INDEX "circle_messages_once_per_client_key" ON "circle_messages" USING btree ("circle_id","author_id","client_key");--> statement-breakpoint
CREATE INDEX "circle_messages_thread_idx" ON "circle_messages" USING btree ("circle_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "circle_sessions_once" ON "circle_sessions" USING btree ("circle_id","number");--> statement-breakpoint
CREATE INDEX "circles_status_idx" ON "circles" USING btree ("status");--> statement-breakpoint
CREATE INDEX "circles_facilitator_idx" ON "circles" USING btree ("facilitator_id","status");