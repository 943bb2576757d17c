import Link from "next/link";
import type { ItemSubject } from "@/lib/dal/staff/item-pages";

/** The frame every item page shares: back to the queue, the title, facts, and the sections below. */
export function ItemLayout({ title, facts, children }: { title: string; facts: [string, React.ReactNode][]; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/queue" className="underline">
          Moderation queue
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{title}</h1>
      <dl className="grid gap-x-6 gap-y-2 rounded-xl border border-line bg-surface p-4 sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-sm font-medium text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </div>
  );
}

export function ItemSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function subjectFact(subject: ItemSubject | null): React.ReactNode {
  if (!subject) return "A deleted account";
  return (
    <>
      {subject.name}
      {subject.status !== "active" ? <span className="font-semibold text-danger"> · {subject.status}</span> : null}
    </>
  );
}
