"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Refreshes the page's server data when the live stream says the bell (or,
 * for moderators, the queue) changed: no polling. If the stream cannot open
 * the page simply shows what it had, as before, until the next navigation.
 */
export function LiveRefresh({ topics }: { topics: readonly ("bell" | "queue")[] }) {
  const router = useRouter();
  const key = topics.join(",");
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/live");
    let pending: ReturnType<typeof setTimeout> | undefined;
    // Several events at once (a round of alerts) make one refresh.
    const refresh = () => {
      clearTimeout(pending);
      pending = setTimeout(() => router.refresh(), 150);
    };
    for (const topic of key.split(",")) source.addEventListener(topic, refresh);
    return () => {
      clearTimeout(pending);
      source.close();
    };
  }, [key, router]);
  return null;
}
