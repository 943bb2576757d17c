import type { AddressInfo, Server } from "node:net";
import net from "node:net";
import { log } from "@/lib/log";

/**
 * APP_ENV=test under `next start` unlocks the development outbox (every reset
 * link, readable at /dev/outbox) and the movable clock. That is for browser
 * tests on this machine only, so it is allowed only while the server listens
 * on a loopback address (`next start -H localhost` or `-H 127.0.0.1`).
 * Checked at start-up; and, in case the server could not be seen then, on
 * each request (lib/auth/peer-address.ts refuses requests that arrive on
 * another address).
 */
export const isLoopback = (address: string | undefined) =>
  !!address && (address === "::1" || /^127\./.test(address) || /^::ffff:127\./.test(address));

export const testModeApplies = () => process.env.APP_ENV === "test" && process.env.NODE_ENV === "production";

/** The servers this process listens with (Node keeps no public list; the active handles are the only record). */
function listeningServers(): Server[] {
  const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  return handles.filter((h): h is Server => h instanceof net.Server && h.listening);
}

/** Exits with a clear sentence when APP_ENV=test is set under `next start` on a non-loopback address. */
export function refuseTestModeOffLoopback() {
  if (!testModeApplies()) return;
  const exposed = listeningServers()
    .map((server) => server.address())
    .filter((address): address is AddressInfo => typeof address === "object" && address !== null)
    .filter((address) => !isLoopback(address.address));
  if (exposed.length > 0) {
    log.error("startup.refused_test_mode_off_loopback", undefined, {
      detail: `APP_ENV=test exposes the mail outbox (with every reset link); it is only allowed when the server listens on a loopback address. It listens on ${exposed.map((a) => a.address).join(", ")}. Start it with -H localhost, or unset APP_ENV.`,
    });
    process.exit(1);
  }
  log.warn("startup.test_mode", { detail: "APP_ENV=test: the outbox and the movable clock are on; requests are answered on loopback addresses only" });
}
