import { defineConfig } from "prisma/config";

// No URL here: the app picks its driver adapter in server/db.ts (PGlite or PostgreSQL).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
