/**
 * The house rules of the layout, checked by `npm run lint` (docs/architecture.md).
 * Dependencies point one way:
 *
 *   app/ (routes) → components/ (UI) → lib/actions/ (server actions) → lib/dal/ (data layer) → db/
 *
 * with the pure domain rules (everything else in lib/) beside the data layer,
 * importable from anywhere and importing none of the layers above.
 */
const PURE_LIB = "^lib/(?!dal/|actions/)";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "An import cycle (type-only edges included) is one step away from a start-up deadlock; break it by moving the shared piece down a layer.",
      from: {},
      to: { circular: true },
    },
    {
      name: "only-the-data-layer-opens-the-database",
      severity: "error",
      comment: "Only lib/dal/ and db/ (and tests and scripts that set databases up) import the database client; everything else asks the data layer.",
      from: { pathNot: ["^lib/dal/", "^db/", "^tests/", "^scripts/"] },
      to: { path: "^db/client\\.ts$" },
    },
    {
      name: "components-do-not-import-routes",
      severity: "error",
      comment: "UI depends on actions and the data layer, never on app/ (routes); move what is shared into components/ or lib/.",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "actions-below-the-ui",
      severity: "error",
      comment: "Server actions call the data layer; they import no route and no component.",
      from: { path: "^lib/actions/" },
      to: { path: ["^app/", "^components/"] },
    },
    {
      name: "data-layer-below-actions",
      severity: "error",
      comment: "The data layer imports no action, component or route.",
      from: { path: "^lib/dal/" },
      to: { path: ["^app/", "^components/", "^lib/actions/"] },
    },
    {
      name: "pure-rules-import-no-layer",
      severity: "error",
      comment: "Pure domain rules (lib/ outside dal/ and actions/, e.g. lib/auth, lib/rhythm, lib/safety) import no route, component, action or data-layer module, so they stay testable without a database.",
      from: { path: PURE_LIB },
      to: { path: ["^app/", "^components/", "^lib/actions/", "^lib/dal/"] },
    },
    {
      name: "db-is-the-bottom",
      severity: "error",
      comment: "db/ (schema, migrations, client) imports nothing above it.",
      from: { path: "^db/", pathNot: ["^db/(seed|seed-runner|seed-data|demo-cohort)\\.ts$"] },
      to: { path: ["^app/", "^components/", "^lib/actions/", "^lib/dal/"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^\\.next/", "^node_modules/", "^\\.data/", "^test-results/"] },
    // Type-only imports are edges too: a cycle through types is still a cycle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
