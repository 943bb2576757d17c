/**
 * The group-facilitation module an approved mentor takes before proposing a
 * circle: four scenarios with feedback on every answer. Same shape and pass
 * rule as the mentor module (lib/mentoring/training.ts): every question
 * answered, the safety-critical one right.
 */
import { gradeModule, type TrainingAnswers, type TrainingGrade, type TrainingQuestion } from "@/lib/mentoring/training";

export const circleTrainingQuestions: readonly TrainingQuestion[] = [
  {
    id: "one-dominates",
    scenario: "One member writes long messages every session and others have gone quiet. What do you do?",
    safetyCritical: false,
    options: [
      { id: "mute", text: "Ask them to stop posting for a while.", correct: false, feedback: "It may feel fair, but it can shame someone who is struggling. Make room for others without pushing anyone out." },
      {
        id: "make-room",
        text: "Thank them, then open a round: “I'd love to hear a line from everyone who hasn't shared yet.” Check in privately if it keeps happening.",
        correct: true,
        feedback: "Yes. Naming the space for everyone, warmly, usually rebalances a group without anyone feeling singled out.",
      },
      { id: "ignore", text: "Let it be; the quiet ones will speak up when they want.", correct: false, feedback: "Some will, many won't. Quiet members often need an explicit invitation." },
    ],
  },
  {
    id: "crisis-in-group",
    scenario: "A member writes in the circle thread that they don't see the point of going on. What do you do?",
    safetyCritical: true,
    options: [
      {
        id: "acknowledge-and-help",
        text: "Acknowledge them at once, share the crisis lines, ask whether they're safe right now, and tell a moderator. Gently hold the group so others don't pile on advice.",
        correct: true,
        feedback: "Yes. Take it seriously, point to help that is there right now, and bring in a moderator. The group can show care without trying to fix it.",
      },
      { id: "move-on", text: "Move the group on to the prompt so they aren't put on the spot.", correct: false, feedback: "Moving on can feel like being unheard at the worst moment. Stay with them first." },
      { id: "private-only", text: "Say nothing in the thread and message them privately next week.", correct: false, feedback: "A week is too long. Respond now, and make sure they know where to find help today." },
    ],
  },
  {
    id: "two-clash",
    scenario: "Two members disagree sharply and one writes something hurtful. What do you do?",
    safetyCritical: false,
    options: [
      { id: "take-sides", text: "Say who is right, so the matter is settled.", correct: false, feedback: "Judging who is right tends to split a group. Focus on how people speak to each other, not who wins." },
      {
        id: "slow-down",
        text: "Slow things down: name that it got heated, remind everyone of the circle's agreements, and invite each to say what they need. Follow up privately with both.",
        correct: true,
        feedback: "Yes. Calm, even-handed and brief. If it keeps happening, a moderator can help.",
      },
      { id: "delete", text: "End the session early.", correct: false, feedback: "Sometimes a pause helps, but ending without a word leaves everyone unsure. Say what's happening and why." },
    ],
  },
  {
    id: "goes-quiet",
    scenario: "A member who used to share has said nothing for two sessions. What do you do?",
    safetyCritical: false,
    options: [
      {
        id: "warm-word",
        text: "Send a short, warm word that asks nothing of them: “We've missed you — no need to explain.”",
        correct: true,
        feedback: "Yes. Being noticed without pressure is often what brings people back.",
      },
      { id: "call-out", text: "Ask in the thread why they've stopped taking part.", correct: false, feedback: "Being asked in front of everyone can feel exposing. Reach out privately and gently." },
      { id: "wait", text: "Wait; they'll come back when they're ready.", correct: false, feedback: "Some will, but silence often grows. A small word from you can make the difference." },
    ],
  },
];

export function gradeCircleTraining(answers: TrainingAnswers): TrainingGrade {
  return gradeModule(circleTrainingQuestions, answers);
}
