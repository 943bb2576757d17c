import { initialsOf } from "@/lib/profiles/initials";
import type { MentorProfile } from "@/db/schema";

/**
 * What a seeker may see of a mentor who is suggested to them or whom they
 * asked: the words the mentor wrote for exactly this purpose (`intro`), their
 * lived-experience topics, rhythm and style. Never their motivation (for
 * moderators), avoided topics, age band or gender (matching only).
 */
export interface MentorCard {
  id: string;
  name: string;
  initials: string;
  intro: string | null;
  topics: string[];
  cadences: MentorProfile["cadences"];
  languages: string[];
  listenStyle: MentorProfile["listenStyle"];
  tone: MentorProfile["tone"];
  messageLength: MentorProfile["messageLength"];
  capacity: number;
  freePlaces: number;
}

export function mentorCard(
  person: { id: string; name: string },
  profile: Pick<MentorProfile, "intro" | "cadences" | "languages" | "listenStyle" | "tone" | "messageLength" | "capacity">,
  topicNames: string[],
  activeCount: number,
): MentorCard {
  const capacity = profile.capacity ?? 0;
  return {
    id: person.id,
    name: person.name,
    initials: initialsOf(person.name),
    intro: profile.intro,
    topics: topicNames,
    cadences: profile.cadences,
    languages: profile.languages,
    listenStyle: profile.listenStyle,
    tone: profile.tone,
    messageLength: profile.messageLength,
    capacity,
    freePlaces: Math.max(0, capacity - activeCount),
  };
}
