// The stand-in session module for scripts/bench/trace-relationship.ts (see scripts/support/trace-session.cjs).
exports.readSession = async () => globalThis.__traceSession ?? null;
