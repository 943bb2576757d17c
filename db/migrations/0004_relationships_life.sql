CREATE TYPE "public"."rhythm_status" AS ENUM('proposed', 'agreed', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."check_in_status" AS ENUM('scheduled', 'kept', 'missed', 'excused');--> statement-breakpoint
CREATE TYPE "public"."fit_answer" AS ENUM('good_fit', 'still_deciding', 'not_a_fit');--> statement-breakpoint
CREATE TYPE "public"."pulse_understood" AS ENUM('yes', 'partly', 'no');--> statement-breakpoint
CREATE TYPE "public"."rupture_status" AS ENUM('open', 'repaired', 'closed');--> statement-breakpoint
CREATE TABLE "rhythms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relationship_id" uuid NOT NULL,
	"cadence" "cadence" NOT NULL,
	"day" text NOT NULL,
	"part" text NOT NULL,
	"timezone" text NOT NULL,
	"status" "rhythm_status" DEFAULT 'proposed' NOT NULL,
	"proposed_by_id" uuid,
	"responded_by_id" uuid,
	"responded_at" timestamp with time zone,
	"effective_from" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rhythms_day" CHECK ("rhythms"."day" in ('mon','tue','wed','thu','fri','sat','sun')),
	CONSTRAINT "rhythms_part" CHECK ("rhythms"."part" in ('morning','afternoon','evening')),
	CONSTRAINT "rhythms_agreed_has_start" CHECK ("rhythms"."status" <> 'agreed' or "rhythms"."effective_from" is not null)
);
--> statement-breakpoint
CREATE TABLE "absences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relationship_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"returns_at" timestamp with time zone NOT NULL,
	"announced_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "absences_order" CHECK ("absences"."starts_at" < "absences"."returns_at")
);
--> statement-breakpoint
CREATE TABLE "check_in_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"check_in_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"content" text NOT NULL,
	"key_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relationship_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"status" "check_in_status" DEFAULT 'scheduled' NOT NULL,
	"settled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_ins_order" CHECK ("check_ins"."starts_at" < "check_ins"."ends_at" and "check_ins"."ends_at" <= "check_ins"."closes_at")
);
--> statement-breakpoint
CREATE TABLE "fit_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relationship_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"stage" smallint NOT NULL,
	"answer" "fit_answer" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fit_checks_stage" CHECK ("fit_checks"."stage" in (1, 3))
);
--> statement-breakpoint
CREATE TABLE "pulses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"check_in_id" uuid NOT NULL,
	"relationship_id" uuid NOT NULL,
	"seeker_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"felt_understood" "pulse_understood" NOT NULL,
	"felt_judged" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relationship_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"key_id" text NOT NULL,
	"client_key" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "thread_reads" (
	"relationship_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"last_read_at" timestamp with time zone NOT NULL,
	CONSTRAINT "thread_reads_relationship_id_user_id_pk" PRIMARY KEY("relationship_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "ruptures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relationship_id" uuid NOT NULL,
	"opened_by_id" uuid NOT NULL,
	"opener_note" text NOT NULL,
	"opener_key_id" text NOT NULL,
	"responder_note" text,
	"responder_key_id" text,
	"opener_good_at" timestamp with time zone,
	"responder_good_at" timestamp with time zone,
	"help_requested_at" timestamp with time zone,
	"status" "rupture_status" DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "blocks" (
	"blocker_id" uuid NOT NULL,
	"blocked_id" uuid NOT NULL,
	"pair_low" uuid NOT NULL,
	"pair_high" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blocks_blocker_id_blocked_id_pk" PRIMARY KEY("blocker_id","blocked_id"),
	CONSTRAINT "blocks_pair" CHECK ("blocks"."pair_low" = least("blocks"."blocker_id", "blocks"."blocked_id") and "blocks"."pair_high" = greatest("blocks"."blocker_id", "blocks"."blocked_id") and "blocks"."blocker_id" <> "blocks"."blocked_id")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"relationship_id" uuid,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"href" text NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "relationships" ADD COLUMN "ending_after" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "rhythms" ADD CONSTRAINT "rhythms_relationship_id_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhythms" ADD CONSTRAINT "rhythms_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhythms" ADD CONSTRAINT "rhythms_responded_by_id_users_id_fk" FOREIGN KEY ("responded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "absences" ADD CONSTRAINT "absences_relationship_id_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "absences" ADD CONSTRAINT "absences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_entries" ADD CONSTRAINT "check_in_entries_check_in_id_check_ins_id_fk" FOREIGN KEY ("check_in_id") REFERENCES "public"."check_ins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_entries" ADD CONSTRAINT "check_in_entries_relationship_id_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_entries" ADD CONSTRAINT "check_in_entries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_relationship_id_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fit_checks" ADD CONSTRAINT "fit_checks_relationship_id_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fit_checks" ADD CONSTRAINT "fit_checks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulses" ADD CONSTRAINT "pulses_check_in_id_check_ins_id_fk" FOREIGN KEY ("check_in_id") REFERENCES "public"."check_ins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulses" ADD CONSTRAINT "pulses_relationship_id_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulses" ADD CONSTRAINT "pulses_seeker_id_users_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulses" ADD CONSTRAINT "pulses_mentor_id_users_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_relationship_id_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_reads" ADD CONSTRAINT "thread_reads_relationship_id_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_reads" ADD CONSTRAINT "thread_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ruptures" ADD CONSTRAINT "ruptures_relationship_id_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ruptures" ADD CONSTRAINT "ruptures_opened_by_id_users_id_fk" FOREIGN KEY ("opened_by_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_blocker_id_users_id_fk" FOREIGN KEY ("blocker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_blocked_id_users_id_fk" FOREIGN KEY ("blocked_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_relationship_id_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rhythms_one_open_proposal" ON "rhythms" USING btree ("relationship_id") WHERE "rhythms"."status" = 'proposed';--> statement-breakpoint
CREATE INDEX "rhythms_relationship_idx" ON "rhythms" USING btree ("relationship_id","status");--> statement-breakpoint
CREATE INDEX "absences_relationship_idx" ON "absences" USING btree ("relationship_id");--> statement-breakpoint
CREATE UNIQUE INDEX "check_in_entries_once" ON "check_in_entries" USING btree ("check_in_id","author_id");--> statement-breakpoint
CREATE INDEX "check_in_entries_relationship_idx" ON "check_in_entries" USING btree ("relationship_id");--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_slot" ON "check_ins" USING btree ("relationship_id","starts_at");--> statement-breakpoint
CREATE INDEX "check_ins_due_idx" ON "check_ins" USING btree ("status","closes_at");--> statement-breakpoint
CREATE UNIQUE INDEX "fit_checks_once" ON "fit_checks" USING btree ("relationship_id","user_id","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "pulses_once" ON "pulses" USING btree ("check_in_id","seeker_id");--> statement-breakpoint
CREATE INDEX "pulses_mentor_idx" ON "pulses" USING btree ("mentor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_once_per_client_key" ON "messages" USING btree ("relationship_id","author_id","client_key");--> statement-breakpoint
CREATE INDEX "messages_thread_idx" ON "messages" USING btree ("relationship_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ruptures_one_open" ON "ruptures" USING btree ("relationship_id") WHERE "ruptures"."status" = 'open';--> statement-breakpoint
CREATE INDEX "ruptures_open_idx" ON "ruptures" USING btree ("status","opened_at");--> statement-breakpoint
CREATE INDEX "blocks_pair_idx" ON "blocks" USING btree ("pair_low","pair_high");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","read_at","created_at");