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
  // The risk detector builds its anchor tables on its first assessment (lib/safety/assess-risk.ts): pay that here,
  // before any request, rather than in the first message someone sends after a deploy.
  const { assessRisk } = await import("./lib/safety/assess-risk");
  assessRisk("Starting up.");
}
