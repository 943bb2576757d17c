import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TimezoneField } from "@/components/forms/timezone-field";
import { WindowPicker } from "@/components/forms/window-picker";
import { NOT_THERAPY_TEXT } from "@/lib/profiles/acknowledgment";
import type { StepKey } from "@/lib/profiles/onboarding-steps";
import {
  ageBandOptions,
  cadenceOptions,
  dealbreakerOptions,
  genderOptions,
  importanceOptions,
  languageOptions,
  listenOptions,
  lookingForOptions,
  messageLengthOptions,
  smallGroupOptions,
  toneOptions,
} from "@/lib/profiles/options";
import type { NamedTopic } from "@/lib/profiles/visibility";
import { NotTherapyText } from "./not-therapy-text";
import { TopicChecklist } from "./topic-checklist";

/** The current answers of a form: what was typed (after an error) or what was saved. */
export interface Answers {
  text: (field: string) => string;
  list: (field: string) => string[];
  error: (field: string) => string | undefined;
}

export interface TopicLists {
  support: readonly NamedTopic[];
  avoid: readonly NamedTopic[];
}

/** Said in the hint of every private field, so it is announced with the field. */
export const PRIVATE = "Only you see this — used for matching.";

const importanceChoices = importanceOptions.map((o) => ({ value: String(o.value), label: o.label }));
const topicChoices = (topics: readonly NamedTopic[]) =>
  topics.map((t) => ({ value: t.id, label: t.name, hint: t.retired ? "No longer offered to new people; you can keep it." : undefined }));

/** The fields of one step. Field names are the names the step's schema reads. */
export function StepFields({ step, answers: a, topics }: { step: StepKey; answers: Answers; topics: TopicLists }) {
  switch (step) {
    case "looking-for":
      return (
        <>
          <ChoiceGroup type="radio" name="lookingFor" legend="I'm looking for" options={lookingForOptions} value={a.text("lookingFor")} error={a.error("lookingFor")} />
          <ChoiceGroup type="checkbox" name="smallGroup" legend="As well" options={smallGroupOptions} value={a.text("smallGroup")} error={a.error("smallGroup")} />
        </>
      );
    case "topics":
      return (
        <>
          <TopicChecklist
            topics={topics.support}
            chosen={a.list("topicIds")}
            livedExperience={a.list("livedExperienceTopicIds")}
            error={a.error("topicIds")}
            livedExperienceError={a.error("livedExperienceTopicIds")}
          />
          <TextAreaField
            label="In your own words (optional)"
            name="ownWords"
            hint="Anything you'd like the other person to know about what you're going through."
            maxLength={500}
            value={a.text("ownWords")}
            error={a.error("ownWords")}
          />
        </>
      );
    case "rhythm":
    case "friend":
      return (
        <>
          {step === "friend" ? (
            <TextAreaField
              label="What would you like to share with a peer friend?"
              name="share"
              hint="Interests, experiences, what you're going through — whatever you'd like to have in common."
              maxLength={500}
              value={a.text("share")}
              error={a.error("share")}
              required
            />
          ) : null}
          <ChoiceGroup type="radio" name="cadence" legend="How often would you like to check in?" options={cadenceOptions} value={a.text("cadence")} error={a.error("cadence")} />
          <WindowPicker
            legend="Which times usually suit you?"
            hint="Choose every time that could work. The more you choose, the easier it is to find someone."
            value={a.list("windows")}
            error={a.error("windows")}
          />
          <TimezoneField value={a.text("timezone") || undefined} error={a.error("timezone")} />
        </>
      );
    case "style":
      return (
        <>
          <ChoiceGroup type="radio" name="listenStyle" legend="When you share something hard, would you rather they…" options={listenOptions} value={a.text("listenStyle")} error={a.error("listenStyle")} />
          <ChoiceGroup type="radio" name="tone" legend="How would you like them to talk with you?" options={toneOptions} value={a.text("tone")} error={a.error("tone")} />
          <ChoiceGroup type="radio" name="messageLength" legend="What kind of messages suit you?" options={messageLengthOptions} value={a.text("messageLength")} error={a.error("messageLength")} />
          <ChoiceGroup
            type="radio"
            name="consistencyImportance"
            legend="How much does it matter that they show up reliably, at the agreed rhythm?"
            options={importanceChoices}
            value={a.text("consistencyImportance")}
            error={a.error("consistencyImportance")}
          />
          <ChoiceGroup
            type="radio"
            name="nonJudgmentImportance"
            legend="How much does it matter that they never judge you?"
            options={importanceChoices}
            value={a.text("nonJudgmentImportance")}
            error={a.error("nonJudgmentImportance")}
          />
        </>
      );
    case "about-you":
      return (
        <>
          <ChoiceGroup type="checkbox" name="languages" legend="Languages you'd like to talk in" hint="Choose at least one." options={languageOptions} value={a.list("languages")} error={a.error("languages")} columns />
          <ChoiceGroup type="radio" name="ageBand" legend="Your age" hint={PRIVATE} options={ageBandOptions} value={a.text("ageBand")} error={a.error("ageBand")} columns />
          <ChoiceGroup
            type="radio"
            name="gender"
            legend="Your gender (optional)"
            hint={PRIVATE}
            options={[...genderOptions, { value: "", label: "I'd rather not say" }]}
            value={a.text("gender")}
            error={a.error("gender")}
            columns
          />
          <section aria-labelledby="other-person" className="flex flex-col gap-4 rounded-xl border border-line p-4">
            <div>
              <h2 id="other-person" className="font-semibold">
                About the other person (optional)
              </h2>
              <p className="text-sm text-muted">Leave these blank if they don&apos;t matter to you. Nobody is ever shown your preferences.</p>
            </div>
            <ChoiceGroup
              type="checkbox"
              name="preferredAgeBands"
              legend="Age I'd prefer them to be (optional)"
              hint={PRIVATE}
              options={ageBandOptions}
              value={a.list("preferredAgeBands")}
              error={a.error("preferredAgeBands")}
              columns
            />
            <ChoiceGroup
              type="checkbox"
              name="preferredGenders"
              legend="Gender I'd prefer them to be (optional)"
              hint={PRIVATE}
              options={genderOptions}
              value={a.list("preferredGenders")}
              error={a.error("preferredGenders")}
              columns
            />
          </section>
        </>
      );
    case "boundaries":
      return (
        <>
          <ChoiceGroup
            type="checkbox"
            name="avoidTopicIds"
            legend="Topics I'd rather not have raised (optional)"
            hint={PRIVATE}
            options={topicChoices(topics.avoid)}
            value={a.list("avoidTopicIds")}
            error={a.error("avoidTopicIds")}
            columns
          />
          <ChoiceGroup
            type="checkbox"
            name="dealbreakers"
            legend="I'd rather not be matched with… (optional)"
            hint={`We won't suggest anyone whose stated style is one of these. ${PRIVATE}`}
            options={dealbreakerOptions}
            value={a.list("dealbreakers")}
            error={a.error("dealbreakers")}
          />
          <TextAreaField
            label="Anything else about your boundaries (optional)"
            name="dealbreakersNote"
            hint={`${PRIVATE} Nobody else reads this note.`}
            maxLength={500}
            rows={3}
            value={a.text("dealbreakersNote")}
            error={a.error("dealbreakersNote")}
          />
        </>
      );
    case "hopes":
      return (
        <TextAreaField
          label="What I hope for"
          name="hopes"
          hint="For example: “Someone steady to talk to once a week while I find my feet in a new city.”"
          maxLength={1000}
          rows={5}
          value={a.text("hopes")}
          error={a.error("hopes")}
          required
        />
      );
    case "not-therapy":
      return (
        <>
          <NotTherapyText />
          <input type="hidden" name="version" value={a.text("version")} />
          <ChoiceGroup
            type="checkbox"
            name="acknowledge"
            legend="Your acknowledgment"
            options={[{ value: "on", label: NOT_THERAPY_TEXT.checkbox }]}
            value={a.text("acknowledge")}
            error={a.error("acknowledge") ?? a.error("version")}
          />
        </>
      );
  }
}
