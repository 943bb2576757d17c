/**
 * Puts messages from several sources (the page, the poll, the composer's
 * answer, "Show earlier") into one list: each id once, in thread order
 * (createdAt, then id, as the database pages them). ISO times from
 * toISOString are fixed-width, so comparing the strings compares the times.
 */
export interface Ordered {
  id: string;
  createdAt: string;
}

export function compareMessages(a: Ordered, b: Ordered): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function mergeMessages<T extends Ordered>(current: readonly T[], incoming: readonly T[]): T[] {
  if (incoming.length === 0) return current as T[];
  const byId = new Map<string, T>();
  for (const m of current) byId.set(m.id, m);
  let added = false;
  for (const m of incoming) {
    if (!byId.has(m.id)) {
      byId.set(m.id, m);
      added = true;
    }
  }
  // Unchanged lists keep their identity, so React has nothing to redo.
  if (!added) return current as T[];
  return [...byId.values()].sort(compareMessages);
}

/** The newest time in a list, or the fallback when it is later (or the list is empty). */
export function newestTime(list: readonly Ordered[], fallback: string): string {
  let newest = fallback;
  for (const m of list) if (m.createdAt > newest) newest = m.createdAt;
  return newest;
}
