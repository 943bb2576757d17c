import { sql } from "drizzle-orm";
import { connection } from "@/db/client";

export const dynamic = "force-dynamic";

/** For load balancers and the test runner: 200 once the database answers, 503 otherwise. */
export async function GET() {
  try {
    const conn = connection();
    await conn.db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: conn.kind }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("[health] database check failed:", error instanceof Error ? error.message : "unknown");
    return Response.json({ status: "error", database: "unreachable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
