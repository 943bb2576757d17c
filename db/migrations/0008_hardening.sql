-- Private preferences are sealed by the app (db/schema/sealed.ts) as one JSON
-- value per list. The arrays become JSON text here; the app seals every plain
-- value at start-up (sealPlainValues) and on `npm run keys:rotate`.
ALTER TABLE "needs_profiles" ALTER COLUMN "preferred_age_bands" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "needs_profiles" ALTER COLUMN "preferred_age_bands" SET DATA TYPE text USING array_to_json("preferred_age_bands")::text;--> statement-breakpoint
ALTER TABLE "needs_profiles" ALTER COLUMN "preferred_age_bands" SET DEFAULT '[]';--> statement-breakpoint
ALTER TABLE "needs_profiles" ALTER COLUMN "preferred_genders" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "needs_profiles" ALTER COLUMN "preferred_genders" SET DATA TYPE text USING array_to_json("preferred_genders")::text;--> statement-breakpoint
ALTER TABLE "needs_profiles" ALTER COLUMN "preferred_genders" SET DEFAULT '[]';--> statement-breakpoint
ALTER TABLE "needs_profiles" ALTER COLUMN "dealbreakers" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "needs_profiles" ALTER COLUMN "dealbreakers" SET DATA TYPE text USING array_to_json("dealbreakers")::text;--> statement-breakpoint
ALTER TABLE "needs_profiles" ALTER COLUMN "dealbreakers" SET DEFAULT '[]';--> statement-breakpoint
-- The audit log holds against the app itself: whatever role serves the app, it
-- may only add to and read audit_log. Default privileges (npm run db:roles)
-- give the serving role full row rights on tables the owner creates, which
-- included audit_log when the roles were made before the first migration, so
-- take back every right to change it from every role but its owner.
DO $$
DECLARE
  grantee_name text;
BEGIN
  FOR grantee_name IN
    SELECT DISTINCT g.grantee
    FROM information_schema.role_table_grants g
    JOIN pg_tables t ON t.schemaname = g.table_schema AND t.tablename = g.table_name
    WHERE g.table_schema = 'public' AND g.table_name = 'audit_log'
      AND g.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES')
      AND g.grantee <> t.tableowner AND g.grantee <> 'PUBLIC'
  LOOP
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON public.audit_log FROM %I', grantee_name);
  END LOOP;
END
$$;
--> statement-breakpoint
-- One-time sign-in links, for an account locked by someone else's failed attempts.
ALTER TYPE "public"."email_token_purpose" ADD VALUE 'sign_in';
