import "server-only";
import { desc, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { env } from "@/lib/env";

const outboxQuery = z.object({
  /** One recipient's mail only; anything that is not a plausible address shows everyone's. */
  to: z.string().trim().max(320).pipe(z.email()).optional().catch(undefined),
  limit: z.number().int().min(1).max(200).default(50),
});

/**
 * The development outbox, newest first. It does not exist in production, for
 * anyone. `to` narrows it to one address: a browser test reads its own
 * person's mail there, however much mail other tests left dated later by a
 * moved clock (the newest 50 of everyone's can all be from "next week").
 */
export async function readOutbox(options: { to?: unknown; limit?: number } = {}) {
  if (env().isProduction) notFound();
  const { to, limit } = outboxQuery.parse(options);
  return db()
    .select()
    .from(mailOutbox)
    .where(to ? eq(mailOutbox.to, to) : undefined)
    .orderBy(desc(mailOutbox.createdAt))
    .limit(limit);
}
