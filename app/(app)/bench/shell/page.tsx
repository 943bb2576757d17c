import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/dal/account/viewer";

/**
 * The floor of every signed-in page, for the page benchmarks: the signed-in
 * layout (the viewer check, the header with the bell, the live listener and
 * the footer) around one line. The bare page (/bench/bare) less this is what
 * the shell costs each page before its own work. Served only to test and
 * benchmark servers.
 */
export default async function ShellPage() {
  if (process.env.APP_ENV !== "test" && process.env.BENCH !== "1") notFound();
  await requireViewer();
  return <p>Shell page.</p>;
}
