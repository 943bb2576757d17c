import type { Metadata } from "next";
import Link from "next/link";
import { AddRoleOffer } from "@/components/account/add-role-offer";
import { Avatar } from "@/components/avatar";
import { DisplayNameForm } from "@/components/needs/display-name-form";
import { FriendshipSwitch } from "@/components/needs/friendship-switch";
import { NeedsStepForm } from "@/components/needs/needs-step-form";
import { Answer, NeedsProfileSummary, ProfileSection } from "@/components/needs/profile-summary";
import { buttonClass } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { getOwnNeedsProfile } from "@/lib/dal/profiles/needs-profiles";
import { requireViewer } from "@/lib/dal/account/viewer";
import { NOT_THERAPY_TEXT } from "@/lib/profiles/acknowledgment";
import { describeWindows } from "@/lib/profiles/describe";
import { isStepKey, stepTitle, wantsFriend } from "@/lib/profiles/onboarding-steps";
import { cadenceOptions, labelOf } from "@/lib/profiles/options";
import { savedStepValues } from "@/lib/profiles/step-values";
import { saveStepAction } from "@/lib/actions/profiles/onboarding";

export const metadata: Metadata = { title: "My profile" };

const fixedNotices: Record<string, string> = {
  welcome: "Thank you — that's everything. This is your profile: you can change any part of it whenever you like.",
  "saved-name": "Your name is saved.",
  "saved-not-therapy": "Thank you for reading it again.",
  "friendship-on": "Peer friendship is on.",
  "friendship-off": "Peer friendship is off. Your answers are kept for whenever you switch it back on.",
};

function noticeFor(notice: unknown) {
  if (typeof notice !== "string") return null;
  if (notice in fixedNotices) return fixedNotices[notice]!;
  const step = notice.replace(/^saved-/, "");
  return notice.startsWith("saved-") && isStepKey(step) ? `Saved: ${stepTitle(step).toLowerCase()}.` : null;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export default async function ProfilePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!viewer.roles.includes("seeker")) {
    // Only people looking for support have a needs profile; others are offered to add it.
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold">My profile</h1>
        <AddRoleOffer role="seeker" />
      </div>
    );
  }
  const own = await getOwnNeedsProfile();
  const notice = noticeFor((await searchParams).notice);
  const profile = own.profile;
  const completed = Boolean(profile?.completedAt);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">My profile</h1>
      {notice ? <Notice tone="success">{notice}</Notice> : null}

      {completed && own.needsAcknowledgment ? (
        <section aria-labelledby="acknowledge-again" className="flex flex-col gap-4 rounded-xl border border-help p-5">
          <h2 id="acknowledge-again" className="text-xl font-semibold">
            Please read this again
          </h2>
          <p>We&apos;ve updated how we describe what Alongside is and isn&apos;t. Read it and tick the box to carry on.</p>
          <NeedsStepForm
            step="not-therapy"
            action={saveStepAction.bind(null, "profile", "not-therapy")}
            saved={savedStepValues("not-therapy", profile, own.friend)}
            topics={{ support: [], avoid: [] }}
            submitLabel="Save"
            back={null}
          />
        </section>
      ) : null}

      <ProfileSection id="name" title="Your name">
        <div className="flex items-center gap-3">
          <Avatar name={viewer.name} />
          <p>
            <span className="font-medium">{viewer.name}</span>
            <span className="block text-sm text-muted">People you are matched with see this name and your initials — never a photo.</span>
          </p>
        </div>
        <DisplayNameForm name={viewer.name} />
      </ProfileSection>

      {!profile ? (
        <Notice tone="info" title="Tell us what you need">
          <p>A few short steps, and you can stop and come back at any time.</p>
          <p className="mt-3">
            <Link href="/onboarding" className={buttonClass()}>
              Start
            </Link>
          </p>
        </Notice>
      ) : null}

      {profile && !completed ? (
        <Notice tone="info" title="You're partway through">
          <p>Everything you&apos;ve told us so far is saved below.</p>
          <p className="mt-3">
            <Link href="/onboarding" className={buttonClass()}>
              Continue where you left off
            </Link>
          </p>
        </Notice>
      ) : null}

      {profile ? (
        <>
          <p className="text-sm text-muted">
            Answers marked “Only you see this” are never shown to anyone — not the people you&apos;re matched with, not
            moderators. Matching uses them to choose who to suggest.
          </p>
          <NeedsProfileSummary profile={profile} editable={completed} smallGroup={own.smallGroup} />
        </>
      ) : null}

      {completed ? (
        <ProfileSection id="friendship" title="Peer friendship" edit={own.friend ? "friend" : null}>
          {own.friend ? (
            <>
              <p>
                Peer friendship is <strong>{own.friend.active ? "on" : "off"}</strong>.
                {!own.friend.active && profile?.lookingFor === "friend"
                  ? " You're not looking for a mentor either, so nobody will be suggested to you until you switch something on."
                  : null}
              </p>
              <dl className="flex flex-col gap-3">
                <Answer label="What you'd like to share">{own.friend.share ?? "Not said"}</Answer>
                <Answer label="How often">{labelOf(cadenceOptions, own.friend.cadence) || "Not said"}</Answer>
                <Answer label="Times that suit you">{describeWindows(own.friend.windows) || "Not said"}</Answer>
                <Answer label="Timezone">{own.friend.timezone?.replaceAll("_", " ") ?? "Not said"}</Answer>
              </dl>
            </>
          ) : (
            <p>
              {wantsFriend(profile?.lookingFor)
                ? "You'd like a peer friend, but haven't told us what you'd like to share yet."
                : "Peer friendship is off. Switch it on to be matched with someone on the same footing, who you support in turn."}
            </p>
          )}
          <FriendshipSwitch active={Boolean(own.friend?.active)} />
        </ProfileSection>
      ) : null}

      {own.acknowledgment ? (
        <p className="text-sm text-muted">
          You read “{NOT_THERAPY_TEXT.heading}” on {dateFormat.format(own.acknowledgment.acknowledgedAt)} (version {own.acknowledgment.version}).
        </p>
      ) : null}
    </div>
  );
}
