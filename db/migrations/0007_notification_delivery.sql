CREATE TYPE "public"."notification_delivery" AS ENUM('bell', 'email', 'digest');--> statement-breakpoint
CREATE TYPE "public"."outgoing_mail_status" AS ENUM('pending', 'sent', 'failed', 'merged');--> statement-breakpoint
CREATE TABLE "crisis_alerts" (
	"safety_item_id" uuid PRIMARY KEY NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"step" integer DEFAULT 0 NOT NULL,
	"last_alert_at" timestamp with time zone NOT NULL,
	"first_look_at" timestamp with time zone,
	"first_look_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"delivery" "notification_delivery" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "notification_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"quiet_hours_on" boolean DEFAULT true NOT NULL,
	"quiet_start_hour" smallint DEFAULT 22 NOT NULL,
	"quiet_end_hour" smallint DEFAULT 7 NOT NULL,
	"digest_hour" smallint DEFAULT 8 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_settings_hours" CHECK ("notification_settings"."quiet_start_hour" between 0 and 23 and "notification_settings"."quiet_end_hour" between 0 and 23 and "notification_settings"."digest_hour" between 0 and 23)
);
--> statement-breakpoint
CREATE TABLE "on_call_rota" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"on_duty" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing_mail" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"kind" text NOT NULL,
	"dedupe_key" text,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"digest" boolean DEFAULT false NOT NULL,
	"status" "outgoing_mail_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"send_after" timestamp with time zone NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "crisis_alerts" ADD CONSTRAINT "crisis_alerts_safety_item_id_safety_items_id_fk" FOREIGN KEY ("safety_item_id") REFERENCES "public"."safety_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_alerts" ADD CONSTRAINT "crisis_alerts_first_look_by_id_users_id_fk" FOREIGN KEY ("first_look_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_settings" ADD CONSTRAINT "notification_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_call_rota" ADD CONSTRAINT "on_call_rota_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_mail" ADD CONSTRAINT "outgoing_mail_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "crisis_alerts_waiting_idx" ON "crisis_alerts" USING btree ("first_look_at","last_alert_at");--> statement-breakpoint
CREATE INDEX "on_call_rota_position_idx" ON "on_call_rota" USING btree ("position");--> statement-breakpoint
CREATE UNIQUE INDEX "outgoing_mail_once" ON "outgoing_mail" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "outgoing_mail_due_idx" ON "outgoing_mail" USING btree ("status","send_after");--> statement-breakpoint
CREATE INDEX "outgoing_mail_user_idx" ON "outgoing_mail" USING btree ("user_id","status");