import { NextResponse } from "next/server";
import { z } from "zod";
import { clockOffsetMs, now, setClockOffset } from "@/lib/clock";
import { env } from "@/lib/env";

/**
 * The app's clock, for browser tests and trying things out (outside
 * production only): GET tells the time; POST {"advanceHours": n} moves it
 * forward, {"reset": true} puts it back.
 */
const bodySchema = z.union([z.object({ advanceHours: z.number().min(0).max(24 * 400) }), z.object({ reset: z.literal(true) })]);

export async function GET() {
  if (env().isProduction) return new NextResponse("Not found", { status: 404 });
  return NextResponse.json({ now: now().toISOString(), offsetMs: clockOffsetMs() });
}

export async function POST(request: Request) {
  if (env().isProduction) return new NextResponse("Not found", { status: 404 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: 'Send {"advanceHours": n} or {"reset": true}' }, { status: 400 });
  setClockOffset("reset" in parsed.data ? 0 : clockOffsetMs() + parsed.data.advanceHours * 3_600_000);
  return NextResponse.json({ now: now().toISOString(), offsetMs: clockOffsetMs() });
}
