import "server-only";
import { eq, sql } from "drizzle-orm";
import { fixed, prepared } from "@/db/client";
import { checkIns, fitChecks, pulses, relationships, ruptures } from "@/db/schema";
import { pulseCutoff } from "@/lib/care/pulse-trend";
import type { FitStage } from "@/lib/care/fit-stage";
import { now } from "@/lib/clock";
import type { FitChoice } from "@/lib/validation/care";
import { perRequest } from "@/lib/dal/system/request-scope";
import type { RelationshipAccess } from "./access";

/**
 * The rows the relationship page's folds need that the header does not read
 * already (the pulse question, the fit check, the ruptures), in one statement
 * built once per connection, once per request. Each fold's summary and its
 * full view are worked out from these same rows (pulse.ts, fit-checks.ts,
 * ruptures.ts, timeline.ts), so a closed fold's hint never disagrees with
 * what it shows once opened. Four statements before, three of them built
 * by drizzle on every view. The caller has authorized (it passes the access).
 */

export interface RuptureFacts {
  id: string;
  status: "open" | "repaired" | "closed";
  openedById: string;
  openedAt: Date;
  resolvedAt: Date | null;
}

/** The open rupture with what its view needs: notes still sealed (opened only where shown). */
export interface OpenRuptureRow {
  id: string;
  openedById: string;
  openedAt: Date;
  openerNote: string;
  openerKeyId: string;
  responderNote: string | null;
  responderKeyId: string | null;
  openerGoodAt: Date | null;
  responderGoodAt: Date | null;
  helpRequestedAt: Date | null;
}

export interface FoldRows {
  /** The check-in the pulse would ask the viewer about (the rule is the statement's, below), and whether they answered. */
  pulse: { checkInId: string; startsAt: Date; answered: boolean } | null;
  /** As stored: the sweep settles slots; what fit checks count. */
  keptCheckIns: number;
  /** The viewer's own fit answers, latest stage first; never the other person's. */
  fitAnswers: { stage: FitStage; answer: FitChoice }[];
  /** Every rupture, oldest first, without its notes. */
  ruptures: RuptureFacts[];
  open: OpenRuptureRow | null;
}

/** Once per request and viewer: every fold's summary, and the open folds' content, ask. */
export function foldRowsOf(access: RelationshipAccess): Promise<FoldRows> {
  return foldRowsOnce(access.id, access.viewer.id);
}

const foldRowsOnce = perRequest("fold-rows", async (relationshipId: string, viewerId: string): Promise<FoldRows> => {
  const at = now();
  const [row] = await readFoldRows({ relationshipId, viewerId, at: at.toISOString(), cutoff: pulseCutoff(at).toISOString() });
  // Dates come inside json as text; a relationship has a handful of these.
  const date = (value: string | null) => (value === null ? null : new Date(value));
  const open = row?.open ?? null;
  return {
    pulse: row?.pulse ? { ...row.pulse, startsAt: new Date(row.pulse.startsAt) } : null,
    keptCheckIns: row?.kept ?? 0,
    fitAnswers: row?.fit ?? [],
    ruptures: (row?.ruptures ?? []).map((r) => ({ ...r, openedAt: new Date(r.openedAt), resolvedAt: date(r.resolvedAt) })),
    open: open
      ? { ...open, openedAt: new Date(open.openedAt), openerGoodAt: date(open.openerGoodAt), responderGoodAt: date(open.responderGoodAt), helpRequestedAt: date(open.helpRequestedAt) }
      : null,
  };
});

/** A row's timestamps as they arrive inside json. */
type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

const relationshipId = sql.placeholder("relationshipId");
const viewerId = sql.placeholder("viewerId");

/**
 * The pulse's question (pulse.ts#pulsePrompt): the latest kept check-in of
 * the relationship that ended in the last 14 days and has started by now. An
 * older one left unanswered is not brought back once a newer one is kept.
 */
const pulseQuestion = sql`(select json_build_object('checkInId', ${checkIns.id}, 'startsAt', ${checkIns.startsAt},
    'answered', exists (select 1 from ${pulses} where ${pulses.checkInId} = ${checkIns.id} and ${pulses.seekerId} = ${viewerId}))
  from ${checkIns}
  where ${checkIns.relationshipId} = ${relationshipId} and ${checkIns.status} = ${fixed("kept")}
    and ${checkIns.endsAt} >= ${sql.placeholder("cutoff")}::timestamptz and ${checkIns.startsAt} <= ${sql.placeholder("at")}::timestamptz
  order by ${checkIns.startsAt} desc limit 1)`;

const keptCount = sql`(select count(*)::int from ${checkIns} where ${checkIns.relationshipId} = ${relationshipId} and ${checkIns.status} = ${fixed("kept")})`;

const fitAnswers = sql`(select json_agg(json_build_object('stage', ${fitChecks.stage}, 'answer', ${fitChecks.answer}) order by ${fitChecks.stage} desc)
  from ${fitChecks} where ${fitChecks.relationshipId} = ${relationshipId} and ${fitChecks.userId} = ${viewerId})`;

const ruptureList = sql`(select json_agg(json_build_object('id', ${ruptures.id}, 'status', ${ruptures.status}, 'openedById', ${ruptures.openedById},
    'openedAt', ${ruptures.openedAt}, 'resolvedAt', ${ruptures.resolvedAt}) order by ${ruptures.openedAt}, ${ruptures.id})
  from ${ruptures} where ${ruptures.relationshipId} = ${relationshipId})`;

// At most one is open (a partial unique index); its notes ride along because a fold holding one is open by itself.
const openRupture = sql`(select json_build_object('id', ${ruptures.id}, 'openedById', ${ruptures.openedById}, 'openedAt', ${ruptures.openedAt},
    'openerNote', ${ruptures.openerNote}, 'openerKeyId', ${ruptures.openerKeyId}, 'responderNote', ${ruptures.responderNote}, 'responderKeyId', ${ruptures.responderKeyId},
    'openerGoodAt', ${ruptures.openerGoodAt}, 'responderGoodAt', ${ruptures.responderGoodAt}, 'helpRequestedAt', ${ruptures.helpRequestedAt})
  from ${ruptures} where ${ruptures.relationshipId} = ${relationshipId} and ${ruptures.status} = ${fixed("open")} limit 1)`;

const readFoldRows = prepared("relationship_fold_rows", (executor) =>
  executor
    .select({
      // Each subquery sits inside sql`` of its own: a one-table select writes its top-level columns bare (access.ts), these must stay qualified.
      pulse: sql<Json<FoldRows["pulse"] & object> | null>`${pulseQuestion}`,
      kept: sql<number>`${keptCount}`,
      fit: sql<FoldRows["fitAnswers"] | null>`${fitAnswers}`,
      ruptures: sql<Json<RuptureFacts>[] | null>`${ruptureList}`,
      open: sql<Json<OpenRuptureRow> | null>`${openRupture}`,
    })
    .from(relationships)
    .where(eq(relationships.id, relationshipId)),
);
