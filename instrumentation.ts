export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabase } = await import("./db/startup");
  try {
    await prepareDatabase();
  } catch (error) {
    // A clear sentence and a stop beats a server that answers 500 forever.
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
