import type { NewUser } from "./schema";

/** The password of every demo account. Listed in the README; demo mode only. */
export const DEMO_PASSWORD = "alongside-demo";

export const demoAccounts: Omit<NewUser, "passwordHash">[] = [
  { email: "seeker@alongside.test", name: "Sam (demo seeker)", roles: ["seeker"] },
  { email: "mentor@alongside.test", name: "Maya (demo mentor)", roles: ["mentor"] },
  { email: "moderator@alongside.test", name: "Morgan (demo moderator)", roles: ["moderator"] },
  { email: "admin@alongside.test", name: "Ada (demo admin)", roles: ["admin"] },
];

/** A few more people so the admin screens have something to show. */
export const demoPeople: Omit<NewUser, "passwordHash">[] = [
  { email: "river@alongside.test", name: "River", roles: ["seeker"] },
  { email: "noor@alongside.test", name: "Noor", roles: ["seeker", "mentor"] },
  { email: "tomasz@alongside.test", name: "Tomasz", roles: ["mentor"] },
  { email: "amara@alongside.test", name: "Amara", roles: ["seeker"] },
  { email: "jun@alongside.test", name: "Jun", roles: ["seeker"] },
  { email: "lucia@alongside.test", name: "Lucía", roles: ["mentor"] },
];
