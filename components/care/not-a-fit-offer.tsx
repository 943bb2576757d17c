import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";

/**
 * Shown only to the person who said "not a fit": a way out that blames
 * nobody, and, for a seeker, someone new straight away.
 */
export function NotAFitOffer({ otherName, canSeeSuggestions }: { otherName: string; canSeeSuggestions: boolean }) {
  return (
    <div className="flex flex-col gap-3 rounded-lg border-l-4 border-brand bg-brand-soft p-4">
      <p className="font-semibold">Not every pairing fits, and that is nobody&apos;s fault.</p>
      <p>
        If you&apos;d like, you can end this relationship kindly, as a no-fault ending: there is a closing word for {otherName}, and
        nobody is blamed. You can also keep going and see how it feels.
      </p>
      <div className="flex flex-wrap gap-3">
        <a href="#ending" className={buttonClass("secondary")}>
          End kindly, with no fault
        </a>
        {canSeeSuggestions ? (
          <Link href="/suggestions" className={buttonClass("secondary")}>
            See new suggestions
          </Link>
        ) : null}
      </div>
    </div>
  );
}
