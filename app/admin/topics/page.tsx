import type { Metadata } from "next";
import { AdminTable } from "@/components/admin/admin-table";
import { AddTopicForm, RenameTopicForm, RetireTopicForm } from "@/components/admin/topic-forms";
import { listTopicsForAdmin } from "@/lib/dal/staff/topics";

export const metadata: Metadata = { title: "Admin · Topics" };

/** Admins keep the list of topics people can ask for support with. */
export default async function TopicsPage() {
  const topics = await listTopicsForAdmin();
  const active = topics.filter((t) => !t.retiredAt).length;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Topics</h1>
      <p className="text-muted">
        {active} topics can be chosen now. Renaming keeps every profile that names a topic; retiring hides it from new
        choices but leaves it on the profiles that already have it.
      </p>
      <AddTopicForm />
      <AdminTable
        caption="Topics, how many profiles name each, and actions"
        rows={topics}
        rowKey={(topic) => topic.id}
        columns={[
          { header: "Topic", rowHeader: true, className: "font-normal", cell: (topic) => <RenameTopicForm topicId={topic.id} name={topic.name} /> },
          { header: "Seekers", cell: (topic) => topic.seekers },
          { header: "Mentors", cell: (topic) => topic.mentors },
          { header: "Status", cell: (topic) => (topic.retiredAt ? "retired" : "active") },
          { header: "Retire", hideLabelOnPhone: true, cell: (topic) => <RetireTopicForm topicId={topic.id} name={topic.name} retired={Boolean(topic.retiredAt)} /> },
        ]}
      />
    </div>
  );
}
