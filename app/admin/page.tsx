import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { StatusForm } from "@/components/admin/status-form";
import { buttonClass } from "@/components/ui/button-styles";
import { accountStatusEnum, roleEnum } from "@/db/schema";
import { listPeople, type PeopleFilter } from "@/lib/dal/staff/people";
import { oneOf, pageParam, readSearchParams, searchText } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Admin · People" };

type Params = Record<string, string | string[] | undefined>;

function readFilter(params: Params): PeopleFilter {
  const { q, status, role, page } = readSearchParams(params, {
    q: searchText(100),
    status: oneOf(accountStatusEnum.enumValues),
    role: oneOf(roleEnum.enumValues),
    page: pageParam,
  });
  return { query: q, status, role, page: page ?? 1 };
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function AdminPeoplePage({ searchParams }: { searchParams: Promise<Params> }) {
  const filter = readFilter(await searchParams);
  const { people, total, page, pageCount } = await listPeople(filter);
  const pageHref = (p: number) => {
    const query = new URLSearchParams();
    if (filter.query) query.set("q", filter.query);
    if (filter.status) query.set("status", filter.status);
    if (filter.role) query.set("role", filter.role);
    query.set("page", String(p));
    return `/admin?${query}`;
  };
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">People</h1>
      <form role="search" className="flex flex-wrap items-end gap-3" method="get">
        <div className="flex flex-col gap-1">
          <label htmlFor="q" className="text-sm font-medium">
            Name or email
          </label>
          <input id="q" name="q" defaultValue={filter.query} className="min-h-11 rounded-lg border border-line bg-surface px-3" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="status" className="text-sm font-medium">
            Status
          </label>
          <select id="status" name="status" defaultValue={filter.status ?? ""} className="min-h-11 rounded-lg border border-line bg-surface px-3">
            <option value="">Any</option>
            {accountStatusEnum.enumValues.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="role" className="text-sm font-medium">
            Role
          </label>
          <select id="role" name="role" defaultValue={filter.role ?? ""} className="min-h-11 rounded-lg border border-line bg-surface px-3">
            <option value="">Any</option>
            {roleEnum.enumValues.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
      </form>
      <p className="text-sm text-muted" role="status">
        {total === 1 ? "1 person" : `${total} people`}
        {pageCount > 1 ? ` · page ${page} of ${pageCount}` : ""}
      </p>
      <AdminTable
        caption="People with their roles and account status"
        rows={people}
        rowKey={(person) => person.id}
        empty="Nobody matches that filter."
        columns={[
          {
            header: "Name",
            rowHeader: true,
            cell: (person) => (
              <>
                {person.name}
                <span className="block break-all text-sm font-normal text-muted">{person.email}</span>
              </>
            ),
          },
          { header: "Roles", cell: (person) => person.roles.join(", ") },
          {
            header: "Status",
            cell: (person) => (
              <>
                <span className={person.status === "active" ? "" : "font-semibold text-danger"}>{person.status}</span>
                {person.statusReason ? <span className="block text-sm text-muted">“{person.statusReason}”</span> : null}
              </>
            ),
          },
          { header: "Joined", className: "text-sm", cell: (person) => dateFormat.format(person.createdAt) },
          {
            header: "Action",
            cell: (person) =>
              person.canModerate && (person.status === "active" || person.status === "suspended") ? (
                <StatusForm userId={person.id} name={person.name} status={person.status} />
              ) : (
                <span className="text-sm text-muted">—</span>
              ),
          },
        ]}
      />
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="flex gap-3">
          {page > 1 ? <Link href={pageHref(page - 1)} className="underline">Previous page</Link> : null}
          {page < pageCount ? <Link href={pageHref(page + 1)} className="underline">Next page</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
