import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { relationships, users } from "@/db/schema";
import { isStaff } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/dal/account/viewer";
import { type LiveEvent, subscribeLive } from "@/lib/dal/notifications/live";
import { blockedPair } from "@/lib/dal/relationship/access";
import { uuid } from "@/lib/validation/fields";

/**
 * One Server-Sent Events stream for a signed-in person: their bell, the
 * thread they have open (if they may read it), and, for moderators, the
 * queue. Events carry no content — only "something changed here" (and the
 * id of a removed message) — and the page fetches what changed through the
 * ordinary authorized routes. Every event is checked again before it is
 * sent: a thread closed by a block, or a moderator who lost the role, gets
 * no more and the stream ends.
 */

const KEEPALIVE_MS = 25_000;

async function mayReadThread(relationshipId: string, viewerId: string): Promise<boolean> {
  const [row] = await db()
    .select({ id: relationships.id })
    .from(relationships)
    .where(and(eq(relationships.id, relationshipId), or(eq(relationships.seekerId, viewerId), eq(relationships.partnerId, viewerId)), sql`not ${blockedPair}`));
  return Boolean(row);
}

async function stillActive(viewerId: string, needStaff: boolean): Promise<boolean> {
  const [row] = await db().select({ status: users.status, roles: users.roles }).from(users).where(eq(users.id, viewerId));
  return Boolean(row && row.status === "active" && (!needStaff || isStaff(row.roles)));
}

/** Returns the stream, or null when the thread asked for is not the viewer's (the route answers 404). */
export async function openLiveStream(options: { thread?: string | null; signal: AbortSignal }): Promise<ReadableStream<Uint8Array> | null> {
  const viewer = await requireViewer();
  const thread = options.thread && uuid.safeParse(options.thread).success ? options.thread : null;
  if (options.thread && (!thread || !(await mayReadThread(thread, viewer.id)))) return null;
  const staff = isStaff(viewer.roles);
  const encoder = new TextEncoder();
  let unsubscribe: (() => void) | undefined;
  let keepalive: ReturnType<typeof setInterval> | undefined;
  let closed = false;

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: string, data: unknown) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        } catch {
          close();
        }
      };
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe?.();
        clearInterval(keepalive);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      options.signal.addEventListener("abort", close);
      // Events are handled one at a time, in order, so a check never races the next event.
      let chain = Promise.resolve();
      const handle = async (e: LiveEvent) => {
        if (closed) return;
        if (e.topic === "bell" && e.userId === viewer.id) {
          if (await stillActive(viewer.id, false)) send("bell", {});
          else close();
        } else if (e.topic === "queue" && staff) {
          if (await stillActive(viewer.id, true)) send("queue", {});
          else close();
        } else if (thread && "relationshipId" in e && e.relationshipId === thread) {
          if (e.topic === "closed" || !(await mayReadThread(thread, viewer.id)) || !(await stillActive(viewer.id, false))) {
            send("closed", {});
            close();
          } else if (e.topic === "ended") {
            // Nothing more will be written here: the page refreshes into its ended state.
            send("ended", {});
            close();
          } else if (e.topic === "removed") send("removed", { id: e.messageId });
          else send("thread", {});
        }
      };
      unsubscribe = await subscribeLive((e) => {
        chain = chain.then(() => handle(e)).catch(() => close());
      });
      // Tells the browser how long to wait before reconnecting, and that the stream is open.
      controller.enqueue(encoder.encode(`retry: 3000\nevent: ready\ndata: {}\n\n`));
      keepalive = setInterval(() => {
        if (!closed) controller.enqueue(encoder.encode(`: keep-alive\n\n`));
      }, KEEPALIVE_MS);
    },
    cancel() {
      closed = true;
      unsubscribe?.();
      clearInterval(keepalive);
    },
  });
}
