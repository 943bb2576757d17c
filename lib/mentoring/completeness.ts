import { PLEDGE_VERSION } from "./pledges";
import { gradeTraining } from "./training";

/** What an application must hold before it can reach a moderator (the schema's CHECK holds the core of it too). */
export interface ApplicationAnswers {
  topicIds: readonly string[];
  capacity: number | null;
  cadences: readonly string[];
  windows: readonly string[];
  timezone: string | null;
  languages: readonly string[];
  listenStyle: string | null;
  tone: string | null;
  messageLength: string | null;
  ageBand: string | null;
  intro: string | null;
  motivation: string | null;
  pledgedAt: Date | null;
  pledgeVersion: number | null;
  trainingPassedAt: Date | null;
  trainingAnswers: Record<string, string> | null;
}

/** Whether each answering step (1–6) is complete. */
export function completedSteps(a: ApplicationAnswers): Record<1 | 2 | 3 | 4 | 5 | 6, boolean> {
  return {
    1: a.topicIds.length > 0,
    2: a.capacity !== null && a.cadences.length > 0 && a.windows.length > 0 && Boolean(a.timezone),
    3: a.languages.length > 0 && Boolean(a.listenStyle && a.tone && a.messageLength && a.ageBand),
    4: Boolean(a.intro && a.motivation),
    // Pledges made to an older text must be made again.
    5: a.pledgedAt !== null && a.pledgeVersion === PLEDGE_VERSION,
    // Graded again, in case the module changed since it was passed.
    6: a.trainingPassedAt !== null && gradeTraining(a.trainingAnswers ?? {}).passed,
  };
}

/** The first step still to finish, or null when the application can be sent. */
export function firstIncompleteStep(a: ApplicationAnswers) {
  const done = completedSteps(a);
  const step = ([1, 2, 3, 4, 5, 6] as const).find((s) => !done[s]);
  return step ?? null;
}
