-- Audit reasons move beside the log, sealed (db/schema/audit-log.ts): the log itself
-- can never be rewritten, so a key rotation could never re-seal a reason kept in it.
CREATE TABLE "audit_reasons" (
	"audit_id" bigint PRIMARY KEY NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_reasons" ADD CONSTRAINT "audit_reasons_audit_id_audit_log_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audit_log"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Reasons recorded so far come along as they are; start-up seals them with the owner role.
INSERT INTO "audit_reasons" ("audit_id", "reason") SELECT "id", "reason" FROM "audit_log" WHERE "reason" IS NOT NULL AND "reason" <> '';--> statement-breakpoint
ALTER TABLE "audit_log" DROP COLUMN "reason";--> statement-breakpoint
-- Added with their entry, never removed; re-sealed (same entry, new ciphertext) only by the owner role.
CREATE OR REPLACE FUNCTION audit_reasons_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.audit_id = OLD.audit_id
     AND pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'audit_reasons'), 'MEMBER') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit reasons are append-only; only the owner role re-seals them' USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER audit_reasons_append_only BEFORE UPDATE OR DELETE ON "audit_reasons" FOR EACH ROW EXECUTE FUNCTION audit_reasons_guard();--> statement-breakpoint
CREATE TRIGGER audit_reasons_no_truncate BEFORE TRUNCATE ON "audit_reasons" FOR EACH STATEMENT EXECUTE FUNCTION audit_reasons_guard();--> statement-breakpoint
-- A serving role that got rights through default privileges keeps INSERT and SELECT only.
DO $$
DECLARE
  grantee_name text;
BEGIN
  FOR grantee_name IN
    SELECT DISTINCT g.grantee
    FROM information_schema.role_table_grants g
    JOIN pg_tables t ON t.schemaname = g.table_schema AND t.tablename = g.table_name
    WHERE g.table_schema = 'public' AND g.table_name = 'audit_reasons'
      AND g.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES')
      AND g.grantee <> t.tableowner AND g.grantee <> 'PUBLIC'
  LOOP
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON public.audit_reasons FROM %I', grantee_name);
  END LOOP;
END
$$;
