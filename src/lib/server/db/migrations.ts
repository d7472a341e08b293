// Where the migrations live, and the refusal to run against a database that newer code migrated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

export class DatabaseTooNew extends Error {}

export function migrationsFolder(appRoot: string): string {
  return join(appRoot, 'src', 'lib', 'server', 'db', 'migrations');
}

/** The newest migration this code knows (drizzle-kit's journal: `when` in ms). */
export function newestKnownMigration(folder: string): { tag: string; when: number } {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
  return journal.entries.reduce((a, b) => (b.when > a.when ? b : a));
}

/** Throw DatabaseTooNew when the database holds a migration later than every one this code has. */
export async function checkNotNewer(db: PgDatabase<PgQueryResultHKT, Record<string, unknown>>, folder: string, where: string): Promise<void> {
  const known = newestKnownMigration(folder);
  const exists = await db.execute<{ t: string | null }>(sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`);
  if (!rows<{ t: string | null }>(exists)[0]?.t) return;
  const last = rows<{ created_at: string | null }>(
    await db.execute<{ created_at: string }>(sql`select max(created_at)::text as created_at from drizzle.__drizzle_migrations`),
  )[0];
  const applied = Number(last?.created_at ?? 0);
  if (applied > known.when) {
    throw new DatabaseTooNew(
      `the database at ${where} was migrated by a newer version of Nabla (a migration of ${new Date(applied).toISOString()}; ` +
        `this version knows migrations up to ${known.tag}, ${new Date(known.when).toISOString()}). ` +
        'Run the newer version, or restore a backup made for this one; nothing was changed.',
    );
  }
}

/** PGlite answers { rows }, node-postgres a QueryResult with rows too. */
function rows<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}
