import { describe, expect, it } from "vitest";
import { deliveries, effectiveDelivery, kindNames, notificationKinds } from "@/lib/notifications/kinds";
import { readSettingsToken, settingsToken } from "@/lib/notifications/settings-token";

const context = {
  name: "Robin",
  title: "Something happened",
  body: "Here is what it was.",
  url: "https://alongside.test/relationships/1",
  settingsUrl: "https://alongside.test/email-settings?token=abc",
};

describe("the registry of notification kinds", () => {
  it.each(kindNames)("%s has a label, a default it allows, and an email template", (kind) => {
    const def = notificationKinds[kind];
    expect(def.label.length).toBeGreaterThan(5);
    expect(def.choices.length).toBeGreaterThan(0);
    for (const c of def.choices) expect(deliveries).toContain(c);
    expect(def.choices).toContain(def.defaultDelivery);
    const mail = def.template(context);
    expect(mail.subject.length).toBeGreaterThan(5);
    expect(mail.text).toContain("Hi Robin");
    expect(mail.text).toContain(context.url);
  });

  it("every email a person can change carries the one-click link; crisis alerts never wait and cannot be turned off", () => {
    for (const kind of kindNames) {
      const def = notificationKinds[kind];
      if (def.choices.length > 1) expect(def.template(context).text).toContain(context.settingsUrl);
    }
    const crisis = notificationKinds["crisis-alert"];
    expect(crisis.waitsForQuietHours).toBe(false);
    expect(crisis.choices).toEqual(["email"]);
    // No words of the content and no name of the person in crisis: only that an item waits.
    const text = crisis.template({ ...context, title: "SECRET TITLE", body: "SECRET BODY" });
    expect(text.text).not.toContain("SECRET");
    expect(text.subject).not.toContain("SECRET");
  });

  it("defaults are sparing: only what someone waits on is emailed at once", () => {
    expect(notificationKinds["message-waiting"].defaultDelivery).toBe("email");
    expect(notificationKinds["request-received"].defaultDelivery).toBe("email");
    expect(notificationKinds["rupture-good"].defaultDelivery).toBe("bell");
    expect(notificationKinds["absence-announced"].defaultDelivery).toBe("bell");
  });

  it("a choice the kind does not allow falls back to its default", () => {
    expect(effectiveDelivery("crisis-alert", "bell")).toBe("email");
    expect(effectiveDelivery("message-waiting", "digest")).toBe("digest");
    expect(effectiveDelivery("message-waiting", undefined)).toBe("email");
  });
});

describe("the one-click settings link", () => {
  const secret = "a-test-secret-that-is-long-enough-to-use";
  it("names one person and one kind, and cannot be forged or re-pointed", () => {
    const token = settingsToken({ userId: "11111111-1111-4111-8111-111111111111", kind: "message-waiting" }, secret);
    expect(readSettingsToken(token, secret)).toEqual({ userId: "11111111-1111-4111-8111-111111111111", kind: "message-waiting" });
    expect(readSettingsToken(token, "another-secret-another-secret-another")).toBeNull();
    const [payload, signature] = token.split(".");
    const other = Buffer.from("22222222-2222-4222-8222-222222222222|message-waiting").toString("base64url");
    expect(readSettingsToken(`${other}.${signature}`, secret)).toBeNull();
    expect(readSettingsToken(`${payload}.${signature}x`, secret)).toBeNull();
    expect(readSettingsToken("nonsense", secret)).toBeNull();
  });
});
