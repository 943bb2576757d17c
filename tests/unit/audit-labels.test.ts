import { describe, expect, expectTypeOf, it } from "vitest";
import { AUDIT_ACTIONS, type AuditAction, auditActionLabels, auditLabel } from "@/lib/audit/actions";
import type { AuditEntry } from "@/lib/dal/system/audit";

describe("audit action labels", () => {
  it("every recorded code has plain words, different from the code", () => {
    for (const action of AUDIT_ACTIONS) {
      expect(auditActionLabels[action], action).toMatch(/^[A-Z][^.]+$/);
      expect(auditLabel(action)).not.toBe(action);
    }
    expect(new Set(Object.keys(auditActionLabels))).toEqual(new Set(AUDIT_ACTIONS));
  });

  it("recordAudit accepts only known codes; the map must cover the union", () => {
    expectTypeOf<AuditEntry["action"]>().toEqualTypeOf<AuditAction>();
    expectTypeOf(auditActionLabels).toEqualTypeOf<Record<AuditAction, string>>();
    // @ts-expect-error an unknown code is a type error at the call site
    const entry: AuditEntry = { actorId: "x", action: "something.new" };
    expect(entry).toBeTruthy();
    expect(auditLabel("older.code")).toBe("older.code");
  });
});
