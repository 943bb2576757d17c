// For scripts/bench/trace-relationship.ts only: outside Next there is no
// request and no session cookie, so lib/dal/account/session.ts is answered by
// a stand-in that reads the person the trace script names
// (globalThis.__traceSession). Never loaded by the app.
const Module = require("node:module");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const resolved = resolve.call(this, request, ...rest);
  if (resolved.endsWith("/lib/dal/account/session.ts")) return require.resolve("./trace-session-stub.cjs");
  return resolved;
};
