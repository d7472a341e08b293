// drizzle-kit: `npm run db:generate` writes a migration for changes to the schema.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/lib/server/db/schema.ts',
  out: './src/lib/server/db/migrations',
});
