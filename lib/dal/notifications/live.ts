import "server-only";
import { EventEmitter } from "node:events";
import { sql } from "drizzle-orm";
import { connection, db } from "@/db/client";

/**
 * Live wake-ups across instances through PostgreSQL LISTEN/NOTIFY.
 *
 * publishLive() runs `pg_notify` through db(): inside a transaction the
 * notification is delivered only when it commits (and never if it rolls
 * back), so a stream is woken exactly when there is something new to read.
 * Payloads name only what changed (a relationship id, a person id), never
 * content: the stream then asks the ordinary, authorized routes.
 *
 * Each process keeps ONE listening connection (postgres.js `sql.listen`, or
 * PGlite's in-process `listen`) and fans events out to its open streams.
 */

export const LIVE_CHANNEL = "alongside_live";

export type LiveEvent =
  | { topic: "thread"; relationshipId: string }
  | { topic: "bell"; userId: string }
  | { topic: "queue" }
  /** The relationship is no longer the viewer's to see (a block): its open pages replace themselves. */
  | { topic: "closed"; relationshipId: string }
  /** The relationship has ended (still readable): its open pages refresh into their ended state. */
  | { topic: "ended"; relationshipId: string }
  | { topic: "removed"; relationshipId: string; messageId: string };

export async function publishLive(event: LiveEvent) {
  await db().execute(sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(event)})`);
}

/** Several wake-ups in one statement (the payloads travel as one JSON array). */
export async function publishLiveMany(events: readonly LiveEvent[]) {
  if (events.length === 0) return;
  if (events.length === 1) return publishLive(events[0]!);
  const payloads = JSON.stringify(events.map((e) => JSON.stringify(e)));
  await db().execute(sql`select pg_notify(${LIVE_CHANNEL}, p) from jsonb_array_elements_text(${payloads}::jsonb) as p`);
}

const globalForLive = globalThis as unknown as { __alongsideLive?: { emitter: EventEmitter; ready: Promise<void> } };

function parse(payload: string): LiveEvent | null {
  try {
    const e = JSON.parse(payload) as LiveEvent;
    return e && typeof e.topic === "string" ? e : null;
  } catch {
    return null;
  }
}

function hub() {
  if (globalForLive.__alongsideLive) return globalForLive.__alongsideLive;
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0); // one listener per open stream; thousands are expected
  const conn = connection();
  const deliver = (payload: string) => {
    const e = parse(payload);
    if (e) emitter.emit("event", e);
  };
  const ready =
    conn.raw.kind === "postgres"
      ? conn.raw.sql.listen(LIVE_CHANNEL, deliver).then(() => undefined)
      : conn.raw.client.listen(LIVE_CHANNEL, deliver).then(() => undefined);
  globalForLive.__alongsideLive = { emitter, ready };
  return globalForLive.__alongsideLive;
}

/** Calls `handler` for every live event in this process until the returned function is called. */
export async function subscribeLive(handler: (event: LiveEvent) => void): Promise<() => void> {
  const h = hub();
  await h.ready;
  h.emitter.on("event", handler);
  return () => h.emitter.off("event", handler);
}
