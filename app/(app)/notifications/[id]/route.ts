import { NextResponse } from "next/server";
import { openNotification } from "@/lib/dal/notifications/bell";

/** Opening a notification marks it read and goes where it points. Someone else's id leads back to the list. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const href = await openNotification(id);
  return NextResponse.redirect(new URL(href ?? "/notifications", request.url), 303);
}
