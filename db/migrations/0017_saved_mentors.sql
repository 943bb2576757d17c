CREATE TABLE "saved_mentors" (
	"seeker_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"held_since" timestamp with time zone,
	CONSTRAINT "saved_mentors_not_self" CHECK ("saved_mentors"."seeker_id" <> "saved_mentors"."mentor_id")
);
--> statement-breakpoint
ALTER TABLE "saved_mentors" ADD CONSTRAINT "saved_mentors_seeker_id_users_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_mentors" ADD CONSTRAINT "saved_mentors_mentor_id_users_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "saved_mentors_pair" ON "saved_mentors" USING btree ("seeker_id","mentor_id");--> statement-breakpoint
CREATE INDEX "saved_mentors_mentor_idx" ON "saved_mentors" USING btree ("mentor_id");--> statement-breakpoint
DROP TABLE "suggestion_exposures" CASCADE;