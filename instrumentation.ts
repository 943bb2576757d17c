export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before anything can fail: errors Next or a library prints go through the same redaction as ours.
  const { guardConsole } = await import("./lib/log");
  guardConsole();
  const { prepareDatabaseOrExit } = await import("./lib/dal/system/startup");
  await prepareDatabaseOrExit();
}
