/**
 * The mentor training module: short scenarios, each with kind feedback on
 * every answer. Pure data and a pure grader, shared by the form (which shows
 * feedback as soon as an answer is chosen), the data access layer (which
 * grades what was sent) and the moderators' review page.
 *
 * Pass rule (TRAINING_PASS_RULE says it in words): every question answered,
 * and every question marked `safetyCritical` answered right. Other questions
 * are there to learn from; a different answer there does not stop anyone.
 * The module can be retaken as often as a person likes.
 */

export interface TrainingOption {
  id: string;
  text: string;
  correct: boolean;
  feedback: string;
}

export interface TrainingQuestion {
  id: string;
  scenario: string;
  safetyCritical: boolean;
  options: readonly TrainingOption[];
}

export const TRAINING_PASS_RULE =
  "To pass, answer every question and get each one marked “Safety first” right. You'll see feedback as soon as you choose, and you can change any answer as often as you like.";

export const trainingQuestions: readonly TrainingQuestion[] = [
  {
    id: "not-here-anymore",
    scenario:
      "During a check-in, the person you support writes: “Honestly, I don't want to be here anymore.” What do you do?",
    safetyCritical: true,
    options: [
      {
        id: "change-subject",
        text: "Gently move the conversation to something lighter, to lift their mood.",
        correct: false,
        feedback:
          "It comes from a kind place, but changing the subject can tell them this is too much to say out loud. Stay with what they said, and make sure they can get help right now.",
      },
      {
        id: "stay-and-get-help",
        text: "Stay with them, ask whether they are safe right now, share the crisis resources so they can get help now, be honest that you won't keep this secret, and tell a moderator.",
        correct: true,
        feedback:
          "Yes. You don't have to fix anything: stay, take them seriously, point them to help that is available right now, and bring in a moderator. Safety comes before confidentiality.",
      },
      {
        id: "promise-secrecy",
        text: "Promise to keep it between the two of you, so they keep trusting you.",
        correct: false,
        feedback:
          "Trust matters, but a promise of secrecy can't stand when someone's life may be at risk. You can be honest and warm: “I care about you, so I'm going to make sure you're not alone with this.”",
      },
      {
        id: "end-conversation",
        text: "Tell them you're not qualified for this and end the conversation.",
        correct: false,
        feedback:
          "You're right that you're not a crisis service — but ending the conversation can feel like being left alone at the hardest moment. Stay, share the crisis resources, and tell a moderator.",
      },
    ],
  },
  {
    id: "someone-at-risk",
    scenario:
      "Someone asks you to keep what they are about to say between you. They then tell you that a child in their home is being hurt. What do you do?",
    safetyCritical: true,
    options: [
      {
        id: "keep-promise",
        text: "Keep it to yourself: they trusted you with it.",
        correct: false,
        feedback:
          "Confidentiality has a limit, and this is it: a child may be in danger. Let them know kindly that you can't keep this one private, and tell a moderator straight away.",
      },
      {
        id: "tell-moderator",
        text: "Tell them gently that you can't keep this private because someone's safety is at stake, and tell a moderator straight away.",
        correct: true,
        feedback:
          "Yes. Being open about what you'll do keeps as much trust as possible, and a moderator can make sure the right people help.",
      },
      {
        id: "investigate",
        text: "Ask lots of detailed questions to work out exactly what is happening before doing anything.",
        correct: false,
        feedback:
          "It's natural to want to understand, but working it out isn't your job, and waiting costs time. Listen, don't press for details, and tell a moderator now.",
      },
    ],
  },
  {
    id: "medication",
    scenario: "The person you support asks whether they should stop taking the medication their doctor prescribed. What do you say?",
    safetyCritical: true,
    options: [
      {
        id: "share-own-experience",
        text: "Tell them that stopping yours worked well for you, so it might for them too.",
        correct: false,
        feedback:
          "Your story can help in many ways, but not as medical advice: what worked for you could harm them. That question belongs with their doctor.",
      },
      {
        id: "doctor-and-listen",
        text: "Say that's a question for their doctor, and offer to listen to how they feel about the medication.",
        correct: true,
        feedback: "Yes. You're a peer, not a clinician: you can listen to their worries and encourage them to talk to their doctor.",
      },
      {
        id: "look-it-up",
        text: "Look up the side effects together and help them decide.",
        correct: false,
        feedback:
          "Helping them decide about medication goes beyond peer support. Listen to how they feel about it, and encourage them to take the question to their doctor.",
      },
    ],
  },
  {
    id: "money",
    scenario: "The person you support is behind on rent and asks if you could lend them £50 until payday. What do you do?",
    safetyCritical: false,
    options: [
      {
        id: "lend-it",
        text: "Lend it: it's a small amount and they clearly need it.",
        correct: false,
        feedback:
          "Generous, and understandable — but money changes a relationship and can leave both of you in a hard spot. Mentors never give or lend money. You can still help them look for practical support.",
      },
      {
        id: "kind-no-and-explore",
        text: "Say kindly that mentors never give or lend money, and explore with them where practical help might be found.",
        correct: true,
        feedback: "Yes. A clear, warm “no” keeps the relationship safe, and you're still there for the worry behind the question.",
      },
      {
        id: "ignore",
        text: "Don't reply to that message and hope they don't ask again.",
        correct: false,
        feedback:
          "Silence can feel like rejection, especially when someone was brave enough to ask. Answer honestly and kindly: you can't lend money, and you can think about other help together.",
      },
    ],
  },
  {
    id: "off-platform",
    scenario: "After your second check-in, the person you support asks for your phone number so you can chat on WhatsApp instead. What do you do?",
    safetyCritical: false,
    options: [
      {
        id: "stay-here-for-now",
        text: "Say you'd like to keep talking here for now, and explain that it keeps you both safe while you get to know each other.",
        correct: true,
        feedback:
          "Yes. Staying on Alongside early on means there's help at hand if either of you needs it — and it says nothing bad about them for asking.",
      },
      {
        id: "give-number",
        text: "Give it to them: it's more convenient, and you get on well.",
        correct: false,
        feedback:
          "It's lovely that you get on. While the relationship is new, though, keeping your conversations here protects both of you. Say so warmly.",
      },
      {
        id: "report-them",
        text: "Report them to a moderator for breaking the rules.",
        correct: false,
        feedback: "There's no need: asking isn't wrong. Explain kindly why you'd like to stay on Alongside for now.",
      },
    ],
  },
  {
    id: "relapse",
    scenario: "The person you support tells you they relapsed after six months sober, and that they feel ashamed. How do you respond?",
    safetyCritical: false,
    options: [
      {
        id: "point-out-progress-lost",
        text: "Remind them how much progress they've lost, so it doesn't happen again.",
        correct: false,
        feedback:
          "They are probably telling themselves that already. Shame rarely helps anyone change; being met without judgment often does.",
      },
      {
        id: "thank-and-listen",
        text: "Thank them for telling you, listen without judging, and ask what would help them now.",
        correct: true,
        feedback: "Yes. Telling you took courage. Meeting it without judgment is exactly what makes it safe to keep telling you things.",
      },
      {
        id: "quick-fix",
        text: "Send them a list of tips for avoiding relapse.",
        correct: false,
        feedback:
          "Ideas can help later, if they want them. First they need to feel heard: thank them, listen, and ask what would help.",
      },
    ],
  },
  {
    id: "missed-check-in",
    scenario: "Something has come up and you can't make this Tuesday's check-in. What do you do?",
    safetyCritical: false,
    options: [
      {
        id: "skip-quietly",
        text: "Skip it — they'll understand, and you'll catch up next week.",
        correct: false,
        feedback:
          "A check-in missed without a word is one of the things that hurts most. Letting them know early turns it into a planned absence rather than a disappearance.",
      },
      {
        id: "tell-early",
        text: "Let them know as early as you can, and offer another time if you can.",
        correct: true,
        feedback: "Yes. Showing up includes saying when you can't. Early notice keeps the rhythm trustworthy.",
      },
    ],
  },
];

export type TrainingAnswers = Record<string, string | undefined>;

export interface QuestionResult {
  questionId: string;
  answered: boolean;
  correct: boolean;
  safetyCritical: boolean;
}

export interface TrainingGrade {
  passed: boolean;
  total: number;
  answered: number;
  correct: number;
  results: QuestionResult[];
  /** Questions that stop a pass: unanswered ones, and safety-critical ones answered wrong. */
  needsAnotherLook: string[];
}

export function findOption(questionId: string, optionId: string | undefined) {
  return trainingQuestions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId);
}

/** Grades a set of answers (question id → option id). Unknown ids count as unanswered. */
/** The mentor module's grade. */
export function gradeTraining(answers: TrainingAnswers): TrainingGrade {
  return gradeModule(trainingQuestions, answers);
}

/** Grades any module of scenarios by the one pass rule (TRAINING_PASS_RULE); the circle facilitation module uses it too. */
export function gradeModule(questions: readonly TrainingQuestion[], answers: TrainingAnswers): TrainingGrade {
  const results = questions.map((question): QuestionResult => {
    const option = question.options.find((o) => o.id === answers[question.id]);
    return { questionId: question.id, answered: Boolean(option), correct: Boolean(option?.correct), safetyCritical: question.safetyCritical };
  });
  const needsAnotherLook = results.filter((r) => !r.answered || (r.safetyCritical && !r.correct)).map((r) => r.questionId);
  return {
    passed: needsAnotherLook.length === 0,
    total: results.length,
    answered: results.filter((r) => r.answered).length,
    correct: results.filter((r) => r.correct).length,
    results,
    needsAnotherLook,
  };
}

/** The form field of a question's radio group. */
export const trainingField = (questionId: string) => `answer-${questionId}`;
