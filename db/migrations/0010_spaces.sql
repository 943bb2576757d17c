CREATE TYPE "public"."content_note" AS ENUM('self_harm', 'suicide', 'loss', 'abuse', 'eating', 'substances', 'other');--> statement-breakpoint
CREATE TYPE "public"."post_status" AS ENUM('published', 'held_first_posts', 'held_space_review', 'held_crisis', 'removed');--> statement-breakpoint
CREATE TYPE "public"."post_wish" AS ENUM('just_listen', 'perspective', 'practical');--> statement-breakpoint
CREATE TYPE "public"."reaction_kind" AS ENUM('read', 'me_too', 'here_with_you');--> statement-breakpoint
CREATE TYPE "public"."reply_status" AS ENUM('published', 'held_crisis', 'removed');--> statement-breakpoint
CREATE TYPE "public"."risk_level" AS ENUM('none', 'concern', 'crisis');--> statement-breakpoint
CREATE TYPE "public"."space_status" AS ENUM('open', 'paused', 'retired');--> statement-breakpoint
ALTER TYPE "public"."content_kind" ADD VALUE 'space_post';--> statement-breakpoint
ALTER TYPE "public"."content_kind" ADD VALUE 'space_reply';--> statement-breakpoint
CREATE TABLE "space_follows" (
	"user_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "space_follows_user_id_space_id_pk" PRIMARY KEY("user_id","space_id")
);
--> statement-breakpoint
CREATE TABLE "space_hidden_notes" (
	"user_id" uuid NOT NULL,
	"note" "content_note" NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "space_hidden_notes_user_id_note_pk" PRIMARY KEY("user_id","note")
);
--> statement-breakpoint
CREATE TABLE "space_posting_pauses" (
	"space_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"paused_by_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "space_posting_pauses_space_id_user_id_pk" PRIMARY KEY("space_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "space_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"author_id" uuid,
	"pseudonym" text,
	"sealed" text NOT NULL,
	"key_id" text NOT NULL,
	"proposal" text,
	"proposal_key_id" text,
	"wish" "post_wish" NOT NULL,
	"content_note" "content_note",
	"status" "post_status" NOT NULL,
	"risk_level" "risk_level" DEFAULT 'none' NOT NULL,
	"risk_category" text,
	"client_key" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"first_reply_at" timestamp with time zone,
	"moderator_note" text,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "space_reactions" (
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "reaction_kind" NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "space_reactions_post_id_user_id_kind_pk" PRIMARY KEY("post_id","user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "space_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"key_id" text NOT NULL,
	"client_key" uuid NOT NULL,
	"status" "reply_status" DEFAULT 'published' NOT NULL,
	"risk_level" "risk_level" DEFAULT 'none' NOT NULL,
	"helped_at" timestamp with time zone,
	"moderator_note" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"topic_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"guideline" text DEFAULT '' NOT NULL,
	"status" "space_status" DEFAULT 'open' NOT NULL,
	"held_for_review" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "space_follows" ADD CONSTRAINT "space_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_follows" ADD CONSTRAINT "space_follows_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_hidden_notes" ADD CONSTRAINT "space_hidden_notes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_posting_pauses" ADD CONSTRAINT "space_posting_pauses_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_posting_pauses" ADD CONSTRAINT "space_posting_pauses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_posting_pauses" ADD CONSTRAINT "space_posting_pauses_paused_by_id_users_id_fk" FOREIGN KEY ("paused_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_posts" ADD CONSTRAINT "space_posts_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_posts" ADD CONSTRAINT "space_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_posts" ADD CONSTRAINT "space_posts_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_reactions" ADD CONSTRAINT "space_reactions_post_id_space_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."space_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_reactions" ADD CONSTRAINT "space_reactions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_replies" ADD CONSTRAINT "space_replies_post_id_space_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."space_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_replies" ADD CONSTRAINT "space_replies_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spaces" ADD CONSTRAINT "spaces_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "space_posts_once_per_client_key" ON "space_posts" USING btree ("author_id","client_key");--> statement-breakpoint
CREATE INDEX "space_posts_space_page_idx" ON "space_posts" USING btree ("space_id","published_at","id") WHERE "space_posts"."status" = 'published';--> statement-breakpoint
CREATE INDEX "space_posts_published_idx" ON "space_posts" USING btree ("published_at","id") WHERE "space_posts"."status" = 'published';--> statement-breakpoint
CREATE INDEX "space_posts_waiting_idx" ON "space_posts" USING btree ("published_at") WHERE "space_posts"."status" = 'published' and "space_posts"."first_reply_at" is null;--> statement-breakpoint
CREATE INDEX "space_posts_held_idx" ON "space_posts" USING btree ("created_at") WHERE "space_posts"."status" in ('held_first_posts', 'held_space_review', 'held_crisis');--> statement-breakpoint
CREATE INDEX "space_posts_author_idx" ON "space_posts" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "space_replies_once_per_client_key" ON "space_replies" USING btree ("post_id","author_id","client_key");--> statement-breakpoint
CREATE INDEX "space_replies_post_idx" ON "space_replies" USING btree ("post_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "spaces_topic_unique" ON "spaces" USING btree ("topic_id");--> statement-breakpoint
CREATE UNIQUE INDEX "spaces_slug_unique" ON "spaces" USING btree ("slug");--> statement-breakpoint
-- A space for every topic already on the list, open, with the house guideline; admins describe each one later.
INSERT INTO "spaces" ("topic_id", "slug", "description", "guideline")
SELECT "id", "slug", '', 'Write as yourself, about yourself. Answer what the writer asked for: if they asked to be listened to, listen. No advice that sounds like a rule, no diagnosing, no “it gets better” promises. Never describe ways of hurting yourself. Keep contact details and other platforms out of it.'
FROM "topics" WHERE "retired_at" IS NULL
ON CONFLICT DO NOTHING;
