import { describe, expect, it, vi } from "vitest";
import { readSession } from "@/lib/dal/account/session";
import { forgetThisSession, getViewerState } from "@/lib/dal/account/viewer";
import { makeUser } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const as = (userId: string, sessionId: string) => vi.mocked(readSession).mockResolvedValue({ userId, sessionVersion: 1, sessionId });

describe("signing out", () => {
  it("refuses the signed-out session's token from then on, even if it comes back, and leaves other devices signed in", async () => {
    const person = await makeUser();
    as(person.id, "laptop-session");
    expect(await getViewerState()).toMatchObject({ kind: "signed-in" });
    await forgetThisSession();
    await forgetThisSession(); // a double click changes nothing
    // The same token again (a prefetch that set the cookie after signing out): refused.
    as(person.id, "laptop-session");
    expect(await getViewerState()).toEqual({ kind: "ended", reason: "signed-out" });
    // The phone's session is another one: still signed in.
    as(person.id, "phone-session");
    expect(await getViewerState()).toMatchObject({ kind: "signed-in" });
  });
});
