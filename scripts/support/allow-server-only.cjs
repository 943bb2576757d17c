// Scripts that time the data access layer run outside Next, where the
// "server-only" guard would throw. They are server code, so the guard is
// answered with an empty module here, and only here.
const Module = require("node:module");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === "server-only") return require.resolve("./empty.cjs");
  return resolve.call(this, request, ...rest);
};
