CREATE TYPE "public"."age_band" AS ENUM('18-24', '25-34', '35-44', '45-54', '55-64', '65+');--> statement-breakpoint
CREATE TYPE "public"."cadence" AS ENUM('weekly', 'fortnightly', 'monthly');--> statement-breakpoint
CREATE TYPE "public"."gender" AS ENUM('woman', 'man', 'non-binary', 'another');--> statement-breakpoint
CREATE TYPE "public"."listen_style" AS ENUM('listen', 'balanced', 'ideas');--> statement-breakpoint
CREATE TYPE "public"."looking_for" AS ENUM('mentor', 'friend', 'both');--> statement-breakpoint
CREATE TYPE "public"."message_length" AS ENUM('short', 'either', 'long');--> statement-breakpoint
CREATE TYPE "public"."tone" AS ENUM('gentle', 'balanced', 'direct');--> statement-breakpoint
CREATE TYPE "public"."acknowledgment_kind" AS ENUM('not_therapy', 'mentor_pledge');--> statement-breakpoint
CREATE TYPE "public"."mentor_status" AS ENUM('draft', 'submitted', 'approved', 'declined');--> statement-breakpoint
CREATE TABLE "topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topics_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "acknowledgments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "acknowledgment_kind" NOT NULL,
	"version" integer NOT NULL,
	"acknowledged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "acknowledgments_once" UNIQUE("user_id","kind","version")
);
--> statement-breakpoint
CREATE TABLE "needs_profile_topics" (
	"user_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"lived_experience_matters" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "needs_profile_topics_user_id_topic_id_pk" PRIMARY KEY("user_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "needs_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"step" smallint DEFAULT 1 NOT NULL,
	"looking_for" "looking_for",
	"own_words" text,
	"cadence" "cadence",
	"windows" text[] DEFAULT '{}'::text[] NOT NULL,
	"timezone" text,
	"listen_style" "listen_style",
	"tone" "tone",
	"message_length" "message_length",
	"consistency_importance" smallint,
	"non_judgment_importance" smallint,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"age_band" "age_band",
	"gender" "gender",
	"preferred_age_bands" text[] DEFAULT '{}'::text[] NOT NULL,
	"preferred_genders" text[] DEFAULT '{}'::text[] NOT NULL,
	"avoid_topic_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"dealbreakers" text[] DEFAULT '{}'::text[] NOT NULL,
	"dealbreakers_note" text,
	"hopes" text,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "needs_consistency_range" CHECK ("needs_profiles"."consistency_importance" between 1 and 4),
	CONSTRAINT "needs_non_judgment_range" CHECK ("needs_profiles"."non_judgment_importance" between 1 and 4),
	CONSTRAINT "needs_step_range" CHECK ("needs_profiles"."step" between 1 and 20)
);
--> statement-breakpoint
CREATE TABLE "mentor_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"status" "mentor_status" DEFAULT 'draft' NOT NULL,
	"step" smallint DEFAULT 1 NOT NULL,
	"capacity" smallint,
	"cadences" "cadence"[] DEFAULT '{}'::cadence[] NOT NULL,
	"windows" text[] DEFAULT '{}'::text[] NOT NULL,
	"timezone" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"listen_style" "listen_style",
	"tone" "tone",
	"message_length" "message_length",
	"age_band" "age_band",
	"gender" "gender",
	"intro" text,
	"motivation" text,
	"avoid_topic_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"pledged_at" timestamp with time zone,
	"pledge_version" smallint,
	"training_passed_at" timestamp with time zone,
	"training_answers" jsonb,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_id" uuid,
	"decision_reason" text,
	"paused_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_capacity_range" CHECK ("mentor_profiles"."capacity" between 1 and 5),
	CONSTRAINT "mentor_step_range" CHECK ("mentor_profiles"."step" between 1 and 20),
	CONSTRAINT "mentor_submitted_complete" CHECK ("mentor_profiles"."status" = 'draft' or ("mentor_profiles"."capacity" is not null and "mentor_profiles"."pledged_at" is not null and "mentor_profiles"."training_passed_at" is not null and "mentor_profiles"."submitted_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "mentor_topics" (
	"user_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_topics_user_id_topic_id_pk" PRIMARY KEY("user_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "friend_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"share" text,
	"cadence" "cadence",
	"windows" text[] DEFAULT '{}'::text[] NOT NULL,
	"timezone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "acknowledgments" ADD CONSTRAINT "acknowledgments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_profile_topics" ADD CONSTRAINT "needs_profile_topics_user_id_needs_profiles_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."needs_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_profile_topics" ADD CONSTRAINT "needs_profile_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_profiles" ADD CONSTRAINT "needs_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_topics" ADD CONSTRAINT "mentor_topics_user_id_mentor_profiles_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."mentor_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_topics" ADD CONSTRAINT "mentor_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "friend_profiles" ADD CONSTRAINT "friend_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "needs_topics_topic_idx" ON "needs_profile_topics" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "mentor_status_idx" ON "mentor_profiles" USING btree ("status");--> statement-breakpoint
CREATE INDEX "mentor_topics_topic_idx" ON "mentor_topics" USING btree ("topic_id");