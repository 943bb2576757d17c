export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before anything can fail: errors Next or a library prints go through the same redaction as ours.
  const { guardConsole } = await import("./lib/log");
  guardConsole();
  // The socket address for per-IP limits, stamped on each request before Next sees it (lib/auth/ip.ts).
  const { installPeerAddressHeader } = await import("./lib/auth/peer-address");
  installPeerAddressHeader();
  const { refuseTestModeOffLoopback } = await import("./lib/auth/test-mode-guard");
  refuseTestModeOffLoopback();
  const { prepareDatabaseOrExit } = await import("./lib/dal/system/startup");
  await prepareDatabaseOrExit();
}
