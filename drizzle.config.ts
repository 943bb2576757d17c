import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema and committed. They are applied at
// start-up (instrumentation.ts) and by `npm run db:migrate`, never pushed.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
