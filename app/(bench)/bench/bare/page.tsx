import { notFound } from "next/navigation";
import { connection } from "next/server";

/**
 * The floor for `npm run bench:pages`: a dynamic page of the same build that
 * reads nothing. Every other page's speed is reported as a ratio to this one,
 * measured in the same run. Served only to test and benchmark servers.
 */
export default async function BarePage() {
  await connection();
  if (process.env.APP_ENV !== "test" && process.env.BENCH !== "1") notFound();
  return <p>Bare page.</p>;
}
