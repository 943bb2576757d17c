import type { RiskLevel } from "@/lib/safety/assess-risk";

/**
 * Where the thread shows its safety notes: under a message whose words
 * assess as a concern or a crisis, for its author (you matter, it was sent,
 * who to call) and beside it for the other person (how to help).
 *
 * When one person sends several such messages in a row, the thread shows one
 * note, under the last of them, at the highest level among them: the same
 * block repeated under every line would read as an alarm, not as care.
 * Any other message in between starts a new run.
 */

export type NoteLevel = Exclude<RiskLevel, "none">;

export interface NoteInput {
  id: string;
  mine: boolean;
  risk: RiskLevel;
}

const rank: Record<RiskLevel, number> = { none: 0, concern: 1, crisis: 2 };

export function safetyNotes(messages: readonly NoteInput[]): Map<string, NoteLevel> {
  const notes = new Map<string, NoteLevel>();
  let run: { lastId: string; mine: boolean; level: NoteLevel } | null = null;
  const close = () => {
    if (run) notes.set(run.lastId, run.level);
    run = null;
  };
  for (const m of messages) {
    if (m.risk === "none") {
      close();
      continue;
    }
    if (run && run.mine === m.mine) {
      run.lastId = m.id;
      if (rank[m.risk] > rank[run.level]) run.level = m.risk;
    } else {
      close();
      run = { lastId: m.id, mine: m.mine, level: m.risk };
    }
  }
  close();
  return notes;
}
