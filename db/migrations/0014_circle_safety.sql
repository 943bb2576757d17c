CREATE TYPE "public"."circle_facilitator_presence_status" AS ENUM('there', 'missed');--> statement-breakpoint
ALTER TYPE "public"."moderation_action" ADD VALUE 'remove_from_circle';--> statement-breakpoint
CREATE TABLE "circle_facilitator_presence" (
	"circle_id" uuid NOT NULL,
	"session_number" smallint NOT NULL,
	"status" "circle_facilitator_presence_status" NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "circle_facilitator_presence_circle_id_session_number_pk" PRIMARY KEY("circle_id","session_number")
);
--> statement-breakpoint
CREATE TABLE "circle_felt_off" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"circle_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"words" text,
	"client_key" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"settled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "circle_id" uuid;--> statement-breakpoint
ALTER TABLE "circle_members" ADD COLUMN "removal_action_id" uuid;--> statement-breakpoint
ALTER TABLE "circle_seekers" ADD COLUMN "priority" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "circle_facilitator_presence" ADD CONSTRAINT "circle_facilitator_presence_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_felt_off" ADD CONSTRAINT "circle_felt_off_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_felt_off" ADD CONSTRAINT "circle_felt_off_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "circle_felt_off_once_per_client_key" ON "circle_felt_off" USING btree ("circle_id","user_id","client_key");--> statement-breakpoint
CREATE INDEX "circle_felt_off_circle_idx" ON "circle_felt_off" USING btree ("circle_id","created_at");--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reports_circle_idx" ON "reports" USING btree ("circle_id") WHERE "reports"."circle_id" is not null;