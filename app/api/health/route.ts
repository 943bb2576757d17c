import { checkDatabase } from "@/lib/dal/system/health";

export const dynamic = "force-dynamic";

/** For load balancers and the test runner: 200 once the database answers, 503 otherwise. */
export async function GET() {
  const health = await checkDatabase();
  const headers = { "Cache-Control": "no-store" };
  if (health.ok) return Response.json({ status: "ok", database: health.database }, { headers });
  return Response.json({ status: "error", database: "unreachable" }, { status: 503, headers });
}
