import type { FormValues } from "@/lib/forms/state";
import { NOT_THERAPY_VERSION } from "./acknowledgment";
import type { StepKey } from "./onboarding-steps";
import type { OwnerFriendView, OwnerNeedsView } from "./visibility";

/**
 * A step's saved answers as form values, so "Back" (and editing from the
 * profile page) shows exactly what was saved. The friend step starts from the
 * rhythm of step 3 until the person saves their own.
 */
export function savedStepValues(key: StepKey, profile: OwnerNeedsView | null, friend: OwnerFriendView | null, smallGroup = false): FormValues {
  const p = profile;
  switch (key) {
    case "looking-for":
      return { lookingFor: p?.lookingFor ?? "", smallGroup: smallGroup ? "yes" : "" };
    case "topics":
      return {
        topicIds: p?.topics.map((t) => t.id) ?? [],
        livedExperienceTopicIds: p?.topics.filter((t) => t.livedExperienceMatters).map((t) => t.id) ?? [],
        ownWords: p?.ownWords ?? "",
      };
    case "rhythm":
      return { cadence: p?.cadence ?? "", windows: p?.windows ?? [], timezone: p?.timezone ?? "" };
    case "style":
      return {
        listenStyle: p?.listenStyle ?? "",
        tone: p?.tone ?? "",
        messageLength: p?.messageLength ?? "",
        consistencyImportance: p?.consistencyImportance ? String(p.consistencyImportance) : "",
        nonJudgmentImportance: p?.nonJudgmentImportance ? String(p.nonJudgmentImportance) : "",
      };
    case "about-you":
      return {
        languages: p?.languages ?? [],
        ageBand: p?.ageBand ?? "",
        gender: p?.gender ?? "",
        preferredAgeBands: p?.preferredAgeBands ?? [],
        preferredGenders: p?.preferredGenders ?? [],
      };
    case "boundaries":
      return { avoidTopicIds: p?.avoidTopics.map((t) => t.id) ?? [], dealbreakers: p?.dealbreakers ?? [], dealbreakersNote: p?.dealbreakersNote ?? "" };
    case "hopes":
      return { hopes: p?.hopes ?? "" };
    case "friend":
      return {
        share: friend?.share ?? "",
        cadence: friend?.cadence ?? p?.cadence ?? "",
        windows: friend?.windows ?? p?.windows ?? [],
        timezone: friend?.timezone ?? p?.timezone ?? "",
      };
    case "not-therapy":
      return { acknowledge: "", version: String(NOT_THERAPY_VERSION) };
  }
}
