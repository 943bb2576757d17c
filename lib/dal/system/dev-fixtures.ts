import "server-only";
import { randomBytes } from "node:crypto";
import { notFound } from "next/navigation";
import { z } from "zod";
import { transaction } from "@/db/client";
import { friendProfiles, mentorProfiles, needsProfiles, relationships, rhythms, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { pairOf } from "@/lib/dal/matching/requests";

/**
 * Test fixtures for browser tests and local trying-out: two fresh people in
 * an active relationship, made in one call instead of two sign-ups, an
 * onboarding, a mentor application and a request. Outside production only
 * (the route answers 404 there, and so does this function).
 */

const fixtureSchema = z.object({
  kind: z.enum(["mentorship", "friendship"]).default("mentorship"),
  seekerTimezone: z.string().default("Europe/London"),
  partnerTimezone: z.string().default("Europe/London"),
  /** An agreed rhythm from now on; omit to leave the rhythm to be agreed. */
  rhythm: z
    .object({ cadence: z.enum(["weekly", "fortnightly", "monthly"]), day: z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]), part: z.enum(["morning", "afternoon", "evening"]) })
    .optional(),
});

export interface FixturePerson {
  id: string;
  name: string;
  email: string;
  password: string;
}

export async function createRelationshipFixture(input: unknown): Promise<{ relationshipId: string; seeker: FixturePerson; partner: FixturePerson }> {
  if (env().isProduction) notFound();
  const options = fixtureSchema.parse(input ?? {});
  const token = randomBytes(4).toString("hex");
  const password = `fixture password ${token}`;
  const passwordHash = await hashPassword(password);
  return transaction(async (tx) => {
    const person = async (label: string, roles: ("seeker" | "mentor")[]) => {
      const name = `Fixture ${label} ${token}`;
      const email = `fixture-${label}-${token}@example.test`;
      const [row] = await tx.insert(users).values({ name, email, passwordHash, roles, emailVerified: new Date() }).returning({ id: users.id });
      return { id: row!.id, name, email, password };
    };
    const seeker = await person("seeker", ["seeker"]);
    const partner = await person(options.kind === "mentorship" ? "mentor" : "friend", options.kind === "mentorship" ? ["mentor"] : ["seeker"]);
    await tx.insert(needsProfiles).values({ userId: seeker.id, timezone: options.seekerTimezone, cadence: options.rhythm?.cadence ?? "weekly" });
    if (options.kind === "mentorship") await tx.insert(mentorProfiles).values({ userId: partner.id, timezone: options.partnerTimezone });
    else {
      await tx.insert(needsProfiles).values({ userId: partner.id, timezone: options.partnerTimezone });
      await tx.insert(friendProfiles).values([{ userId: seeker.id }, { userId: partner.id }]).onConflictDoNothing();
    }
    const [rel] = await tx
      .insert(relationships)
      .values({ kind: options.kind, seekerId: seeker.id, partnerId: partner.id, ...pairOf(seeker.id, partner.id), startedAt: now() })
      .returning({ id: relationships.id });
    if (options.rhythm) {
      await tx.insert(rhythms).values({
        relationshipId: rel!.id,
        ...options.rhythm,
        timezone: options.seekerTimezone,
        status: "agreed",
        proposedById: seeker.id,
        respondedById: partner.id,
        respondedAt: now(),
        effectiveFrom: now(),
      });
    }
    return { relationshipId: rel!.id, seeker, partner };
  });
}
