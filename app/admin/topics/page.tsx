import type { Metadata } from "next";
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
      <div className="overflow-x-auto rounded-xl border border-line bg-surface">
        <table className="w-full min-w-[40rem] text-left">
          <caption className="sr-only">Topics, how many profiles name each, and actions</caption>
          <thead className="border-b border-line text-sm">
            <tr>
              <th scope="col" className="p-3">Topic</th>
              <th scope="col" className="p-3">Seekers</th>
              <th scope="col" className="p-3">Mentors</th>
              <th scope="col" className="p-3">Status</th>
              <th scope="col" className="p-3">Retire</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((topic) => (
              <tr key={topic.id} className="border-b border-line align-top last:border-0">
                <th scope="row" className="p-3 font-normal">
                  <RenameTopicForm topicId={topic.id} name={topic.name} />
                </th>
                <td className="p-3">{topic.seekers}</td>
                <td className="p-3">{topic.mentors}</td>
                <td className="p-3">{topic.retiredAt ? "retired" : "active"}</td>
                <td className="p-3">
                  <RetireTopicForm topicId={topic.id} name={topic.name} retired={Boolean(topic.retiredAt)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
