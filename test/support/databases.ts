// The two databases every storage test runs against: embedded PGlite (in memory) and a fresh
// database on the real PostgreSQL server of the run.
import { inject } from 'vitest';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/lib/server/db';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

export type DatabaseKind = 'pglite' | 'postgres';
export const DATABASE_KINDS: DatabaseKind[] = ['pglite', 'postgres'];

let counter = 0;

/** A new, empty database of the server started by test/support/global-postgres.ts. */
export async function newPostgresUrl(): Promise<string> {
  const base = inject('postgresUrl');
  const name = `t${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    await c.query(`create database "${name}"`);
  } finally {
    await c.end();
  }
  return base.replace(/\/postgres$/, `/${name}`);
}

/** A migrated, empty database of the given kind. */
export async function testDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'postgres') return openDatabase({ url: await newPostgresUrl(), appRoot: ROOT });
  return openDatabase({ dataDir: 'memory://', appRoot: ROOT });
}
