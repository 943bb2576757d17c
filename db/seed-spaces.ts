import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { contexts, seal, sealJson } from "@/lib/privacy/encryption";
import type { Database } from "./client";
import { spaceFollows, spacePosts, spaceReplies, spaces, users } from "./schema";

/**
 * Demo history for spaces: believable posts and replies in a few spaces,
 * some answered (one marked "this helped"), some waiting for a reply past
 * the 12-hour mark, one held as a first post, one with a content note.
 * Words are sealed like real ones. Runs only while spaces have no posts, so
 * a re-run changes nothing.
 */

const HOUR = 3600_000;

interface DemoPost {
  space: string;
  by: string;
  pseudonym?: string;
  title: string;
  body: string;
  wish: "just_listen" | "perspective" | "practical";
  note?: "loss" | "eating" | "substances";
  hoursAgo: number;
  held?: boolean;
  replies?: { by: string; body: string; afterHours: number; helped?: boolean }[];
}

const posts: DemoPost[] = [
  {
    space: "grief",
    by: "amara@alongside.test",
    title: "Her birthday is next week",
    body: "It will be the first one without my mum. Everyone around me has moved on and I don't want to bring it up again. I just needed to say it somewhere.",
    wish: "just_listen",
    note: "loss",
    hoursAgo: 30,
    replies: [
      { by: "mentor@alongside.test", body: "Thank you for saying it here. A first birthday without her is a lot to carry, and it makes sense that it's on your mind.", afterHours: 3, helped: true },
      { by: "river@alongside.test", body: "Me too, with my dad last spring. I'm glad you wrote.", afterHours: 6 },
    ],
  },
  {
    space: "loneliness",
    by: "river@alongside.test",
    pseudonym: "quiet tuesday",
    title: "Weekends are so long",
    body: "Weekdays are fine because of work. From Friday night to Monday I barely speak to anyone. I'm not sure what would help, maybe just hearing how others fill the time.",
    wish: "practical",
    hoursAgo: 20,
  },
  {
    space: "moving",
    by: "jun@alongside.test",
    title: "New city, no one to call",
    body: "Moved for a job three months ago. The job is good. The evenings are not. How did you start to feel at home somewhere new?",
    wish: "perspective",
    hoursAgo: 15,
  },
  {
    space: "parenting",
    by: "seeker@alongside.test",
    title: "Toddler bedtime is breaking me",
    body: "Two hours every night. I love him and I'm so tired. Not looking for a sleep plan, just to know I'm not the only one.",
    wish: "just_listen",
    hoursAgo: 8,
    replies: [{ by: "noor@alongside.test", body: "You're not the only one. Two hours is a long stretch at the end of a long day. Sending you some steadiness.", afterHours: 1 }],
  },
  {
    space: "recovery",
    by: "amara@alongside.test",
    title: "Ninety days",
    body: "Ninety days today. Nobody at home really gets what that means, so I wanted to tell people who might.",
    wish: "just_listen",
    note: "substances",
    hoursAgo: 2,
    held: true,
  },
];

export async function seedSpaces(db: Database) {
  if ((await db.$count(spacePosts)) > 0) return { posts: 0 };
  const emails = [...new Set(posts.flatMap((p) => [p.by, ...(p.replies ?? []).map((r) => r.by)]))];
  const idByEmail = new Map((await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails))).map((u) => [u.email, u.id]));
  const spaceBySlug = new Map((await db.select({ id: spaces.id, slug: spaces.slug }).from(spaces)).map((s) => [s.slug, s.id]));
  const at = Date.now();
  let count = 0;
  await db.transaction(async (tx) => {
    for (const p of posts) {
      const authorId = idByEmail.get(p.by);
      const spaceId = spaceBySlug.get(p.space);
      if (!authorId || !spaceId) continue;
      const id = randomUUID();
      const createdAt = new Date(at - p.hoursAgo * HOUR);
      const sealed = sealJson({ title: p.title, body: p.body }, contexts.spacePost(id));
      const firstReply = p.replies?.[0];
      await tx.insert(spacePosts).values({
        id,
        spaceId,
        authorId,
        pseudonym: p.pseudonym ?? null,
        sealed: sealed.ciphertext,
        keyId: sealed.keyId,
        wish: p.wish,
        contentNote: p.note ?? null,
        status: p.held ? "held_first_posts" : "published",
        clientKey: randomUUID(),
        createdAt,
        publishedAt: p.held ? null : createdAt,
        firstReplyAt: firstReply ? new Date(createdAt.getTime() + firstReply.afterHours * HOUR) : null,
      });
      for (const r of p.replies ?? []) {
        const replier = idByEmail.get(r.by);
        if (!replier) continue;
        const body = seal(r.body, contexts.spaceReply(id));
        const replyAt = new Date(createdAt.getTime() + r.afterHours * HOUR);
        await tx.insert(spaceReplies).values({ postId: id, authorId: replier, body: body.ciphertext, keyId: body.keyId, clientKey: randomUUID(), createdAt: replyAt, helpedAt: r.helped ? replyAt : null });
      }
      count++;
    }
    const seeker = idByEmail.get("seeker@alongside.test");
    const grief = spaceBySlug.get("grief");
    const parenting = spaceBySlug.get("parenting");
    if (seeker) {
      for (const spaceId of [grief, parenting].filter((s): s is string => Boolean(s))) {
        await tx.insert(spaceFollows).values({ userId: seeker, spaceId, createdAt: new Date(at) }).onConflictDoNothing();
      }
    }
  });
  return { posts: count };
}
