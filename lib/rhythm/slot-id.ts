import { createHash } from "node:crypto";

/**
 * A slot's id, the same from its relationship and start wherever it is
 * computed: a slot can be shown before the sweep writes it, and a form posted
 * for it finds the row written with this id. Server-side only (node:crypto);
 * kept out of lib/rhythm/index.ts, which client components import.
 */
export function slotId(relationshipId: string, startsAt: Date): string {
  const hex = createHash("sha256").update(`check-in:${relationshipId}:${startsAt.toISOString()}`).digest("hex");
  // Shaped as a version 8 (custom) UUID with the RFC 9562 variant.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
