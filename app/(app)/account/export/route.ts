import { exportMyData } from "@/lib/dal/account/my-data";

/** "Download my data": a JSON file of everything Alongside holds about the signed-in person. */
export async function GET() {
  const data = await exportMyData();
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="alongside-my-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
