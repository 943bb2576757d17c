import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { buttonClass } from "@/components/ui/button-styles";
import { type MentorStatus, mentorStatusEnum } from "@/db/schema";
import { type ApplicationFilter, applicationCounts, applicationTopicFilter, listApplications } from "@/lib/dal/staff/mentor-review";
import { requireStaff } from "@/lib/dal/account/viewer";
import { applicationStatusLabels as statusLabels, describeLanguages, formatDate } from "@/lib/mentoring/describe";
import { languageOptions } from "@/lib/profiles/options";
import { uuid } from "@/lib/validation/fields";
import { oneOf, pageParam, readSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Admin · Mentor applications" };

type Params = Record<string, string | string[] | undefined>;

function readFilter(params: Params): ApplicationFilter {
  const { status, topic, language, page } = readSearchParams(params, {
    status: oneOf(mentorStatusEnum.enumValues),
    topic: uuid,
    language: oneOf(languageOptions.map((l) => l.value)),
    page: pageParam,
  });
  return { status, topicId: topic, language, page: page ?? 1 };
}

export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requireStaff();
  const filter = readFilter(await searchParams);
  const [counts, topics, list] = await Promise.all([applicationCounts(), applicationTopicFilter(), listApplications(filter)]);
  const href = (changes: Partial<Record<"status" | "topic" | "language" | "page", string | undefined>>) => {
    const query = new URLSearchParams();
    const merged = { status: list.status, topic: filter.topicId, language: filter.language, page: undefined, ...changes };
    for (const [key, value] of Object.entries(merged)) if (value) query.set(key, value);
    return `/admin/applications?${query}`;
  };
  const order: MentorStatus[] = ["submitted", "approved", "declined", "draft"];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Mentor applications</h1>
      <nav aria-label="Applications by status">
        <ul className="flex flex-wrap gap-2">
          {order.map((status) => (
            <li key={status}>
              <Link
                href={href({ status, page: undefined })}
                aria-current={list.status === status ? "page" : undefined}
                className={`inline-flex min-h-11 items-center gap-2 rounded-lg border px-3 no-underline ${list.status === status ? "border-brand bg-brand-soft font-semibold" : "border-line bg-surface"}`}
              >
                {statusLabels[status]} <span className="rounded-full bg-page px-2 text-sm">{counts[status]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form role="search" method="get" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="status" value={list.status} />
        <div className="flex flex-col gap-1">
          <label htmlFor="topic" className="text-sm font-medium">
            Lived-experience topic
          </label>
          <select id="topic" name="topic" defaultValue={filter.topicId ?? ""} className="min-h-11 rounded-lg border border-line bg-surface px-3">
            <option value="">Any</option>
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
                {t.retired ? " (retired)" : ""}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="language" className="text-sm font-medium">
            Language
          </label>
          <select id="language" name="language" defaultValue={filter.language ?? ""} className="min-h-11 rounded-lg border border-line bg-surface px-3">
            <option value="">Any</option>
            {languageOptions.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
      </form>
      <p className="text-sm text-muted" role="status">
        {statusLabels[list.status]}: {list.total === 1 ? "1 application" : `${list.total} applications`}
        {list.status === "submitted" ? ", oldest first" : ""}
        {list.pageCount > 1 ? ` · page ${list.page} of ${list.pageCount}` : ""}
      </p>
      <AdminTable
        caption={`${statusLabels[list.status]}: mentor applications`}
        rows={list.applications}
        rowKey={(a) => a.userId}
        empty={<p className="rounded-xl border border-line bg-surface p-5">Nothing here right now.</p>}
        columns={[
          {
            header: "Applicant",
            rowHeader: true,
            cell: (a) => (
              <>
                <Link href={`/admin/applications/${a.userId}`} className="underline">
                  {a.name}
                </Link>
                {a.isOwn ? <span className="block text-sm font-normal text-muted">Your own application</span> : null}
              </>
            ),
          },
          { header: "Sent", className: "text-sm", cell: (a) => formatDate(a.submittedAt) || "—" },
          { header: "Lived experience", className: "text-sm", cell: (a) => a.topics.join(", ") || "—" },
          { header: "Languages", className: "text-sm", cell: (a) => describeLanguages(a.languages) || "—" },
          { header: "Capacity", className: "text-sm", cell: (a) => a.capacity ?? "—" },
        ]}
      />
      {list.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex gap-3">
          {list.page > 1 ? (
            <Link href={href({ page: String(list.page - 1) })} className="underline">
              Previous page
            </Link>
          ) : null}
          {list.page < list.pageCount ? (
            <Link href={href({ page: String(list.page + 1) })} className="underline">
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
