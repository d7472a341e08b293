// The database: PGlite embedded in this process by default (data under NABLA_DATA_DIR, ./data),
// a PostgreSQL server when DATABASE_URL is set. Both speak the same SQL through Drizzle, and
// both are migrated on open; a database migrated by newer code is refused.
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import { checkNotNewer, migrationsFolder } from './migrations';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data is, for messages: a folder, or the server without its password. */
  where: string;
  /** The connection pool of a PostgreSQL server (absent on PGlite): for transactions spanning the job queue. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… — a PostgreSQL server. Without it, PGlite in `dataDir`. */
  url?: string;
  /** The embedded database's folder (default ./data). `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /** Root of the application (for its migrations folder). */
  appRoot?: string;
}

export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  return {
    url: env.DATABASE_URL || undefined,
    dataDir: env.NABLA_DATA_DIR || 'data',
    appRoot: env.NABLA_APP_ROOT || process.cwd(),
  };
}

export async function openDatabase(opts: DatabaseOptions = optionsFromEnv()): Promise<Database> {
  const folder = migrationsFolder(opts.appRoot ?? process.cwd());
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: Number(process.env.NABLA_DB_POOL) || 10 });
    const where = redactUrl(opts.url);
    try {
      const db = drizzlePg(pool, { schema }) as unknown as Db;
      await checkNotNewer(db, folder, where);
      await migratePg(db as never, { migrationsFolder: folder });
      return { db, kind: 'postgres', where, pool, close: () => pool.end() };
    } catch (e) {
      await pool.end().catch(() => {});
      throw e;
    }
  }
  const dataDir = opts.dataDir ?? 'data';
  const inMemory = dataDir.startsWith('memory://');
  const where = inMemory ? dataDir : resolve(dataDir);
  const release = inMemory ? () => {} : lockDataDir(where);
  let client: PGlite | undefined;
  try {
    client = await PGlite.create(inMemory ? dataDir : join(where, 'pglite'));
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    await checkNotNewer(db, folder, where);
    await migratePglite(db as never, { migrationsFolder: folder });
    const c = client;
    return {
      db,
      kind: 'pglite',
      where,
      close: async () => {
        try {
          await c.close();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    await client?.close().catch(() => {});
    release();
    throw e;
  }
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the PostgreSQL server in DATABASE_URL';
  }
}

/** The process's database, opened (and migrated) once from the environment. */
export function database(): Promise<Database> {
  const g = globalThis as { __nablaDatabase?: Promise<Database> };
  g.__nablaDatabase ??= openDatabase();
  return g.__nablaDatabase;
}

/** Close the process's database, if it was opened. */
export async function closeDatabase(): Promise<void> {
  const g = globalThis as { __nablaDatabase?: Promise<Database> };
  const open = g.__nablaDatabase;
  g.__nablaDatabase = undefined;
  if (open) await (await open.catch(() => undefined))?.close();
}

export { sql, schema };
