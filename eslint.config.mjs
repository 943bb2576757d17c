import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import security from "eslint-plugin-security";

/**
 * A "use client" module ships to the browser: it may import server actions
 * (lib/actions, which Next turns into references) but no server module — not
 * the data layer, the database, "server-only" or Node built-ins.
 */
const SERVER_MODULE = /^(@\/lib\/dal\/|@\/db\/|server-only$|node:|@\/lib\/privacy\/|@\/lib\/env$)/;
const house = {
  rules: {
    "client-imports-no-server-module": {
      meta: { type: "problem", schema: [], messages: { server: '"use client" module imports the server module "{{source}}"; pass the data in as props or call a server action.' } },
      create(context) {
        const first = context.sourceCode.ast.body[0];
        const isClient = first?.type === "ExpressionStatement" && first.directive === "use client";
        if (!isClient) return {};
        const check = (node) => {
          const source = node.source?.value;
          if (typeof source === "string" && SERVER_MODULE.test(source)) context.report({ node, messageId: "server", data: { source } });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  security.configs.recommended,
  { plugins: { alongside: house }, rules: { "alongside/client-imports-no-server-module": "error" } },
  {
    rules: {
      // Flags every obj[key]; TypeScript's types already guard the keys we index with.
      "security/detect-object-injection": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Scripts and tests read paths they build themselves.
    files: ["scripts/**", "tests/**", "db/**", "lib/env.ts", "lib/privacy/encryption.ts", "*.config.ts"],
    rules: { "security/detect-non-literal-fs-filename": "off", "security/detect-non-literal-regexp": "off" },
  },
  {
    // A CommonJS preload hook (node --require) for benchmark scripts.
    files: ["scripts/support/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  globalIgnores([".next/**", "node_modules/**", ".data/**", "db/migrations/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
