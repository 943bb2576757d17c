import { describe, expect, it, vi } from "vitest";
import { openNotification } from "@/lib/dal/notifications/bell";

vi.mock("@/lib/dal/notifications/bell", () => ({ openNotification: vi.fn() }));
const { GET } = await import("@/app/(app)/notifications/[id]/route");

const open = async (href: string | null) => {
  vi.mocked(openNotification).mockResolvedValue(href as never);
  // The server sees itself as localhost behind a proxy; the person is on alongside.example.
  const response = await GET(new Request("http://localhost:3000/notifications/abc"), { params: Promise.resolve({ id: "abc" }) });
  return { status: response.status, location: response.headers.get("location") };
};

describe("opening a notification", () => {
  it("redirects relative to where the person is, never to localhost", async () => {
    expect(await open("/relationships/123#latest")).toEqual({ status: 303, location: "/relationships/123#latest" });
    expect(await open(null)).toEqual({ status: 303, location: "/notifications" });
  });
  it("never leaves the site", async () => {
    for (const href of ["//evil.example/", "/\\evil.example", "https://evil.example/"]) {
      expect((await open(href)).location).toBe("/notifications");
    }
  });
});
