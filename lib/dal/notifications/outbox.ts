import "server-only";
import { desc } from "drizzle-orm";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { env } from "@/lib/env";

/** The development outbox. It does not exist in production, for anyone. */
export async function readOutbox(limit = 50) {
  if (env().isProduction) notFound();
  return db().select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}
