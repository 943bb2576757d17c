import Link from "next/link";
import { BlockForm } from "@/components/blocking/block-form";
import { ReportLink } from "@/components/reports/report-link";
import type { RelationshipAccess } from "@/lib/dal/relationship/access";
import { Fold } from "./fold";

/**
 * Telling a moderator about the other person, or blocking them: always one
 * click away, apart from ending well and from repair. The report form opens
 * in place when asked for (or on its own page without JavaScript), so the
 * page does not carry it, closed, on every render.
 */
export function SafetySection({ access, open }: { access: RelationshipAccess; open: boolean }) {
  return (
    <Fold id="safety" heading="Safety" hint="Report or block, if you feel unsafe">
      {open ? <SafetyContent access={access} /> : null}
    </Fold>
  );
}

function SafetyContent({ access }: { access: RelationshipAccess }) {
  const { otherName } = access;
  return (
    <>
      <p className="text-sm text-muted">
        If {otherName} makes you feel unsafe or uncomfortable, you can tell our moderators, or block them (or both). A report is read by
        a moderator, not by {otherName}. If you are in danger right now,{" "}
        <Link href="/get-help" className="font-semibold underline">
          get help now
        </Link>
        .
      </p>
      <ReportLink targetKind="person" targetId={access.otherId} label={`Report ${otherName} to a moderator`} />
      <BlockForm personId={access.otherId} name={otherName} from="thread" />
    </>
  );
}
