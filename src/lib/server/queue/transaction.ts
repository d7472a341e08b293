// One transaction on one connection of the PostgreSQL pool, seen both as Drizzle (our tables) and
// as a pg-boss executor (its job table), so a submission row and its job commit together.
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db } from '../db';
import * as schema from '../db/schema';
import { type Executor, executorOf } from './boss';

export interface Tx {
  db: Db;
  jobs: Executor;
  /** pg_notify(channel, payload): delivered when (and only if) the transaction commits. */
  notify(channel: string, payload: string): Promise<void>;
}

export async function inTransaction<T>(pool: pg.Pool, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const tx: Tx = {
      db: drizzle(client, { schema }) as unknown as Db,
      jobs: executorOf(client),
      notify: async (channel, payload) => void (await client.query('select pg_notify($1, $2)', [channel, payload])),
    };
    const result = await fn(tx);
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
