// The database token bucket on both databases: burst, refill, refusals that do not drain,
// returned tokens, and concurrent takes that never grant more than the bucket holds.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/lib/server/db';
import { returnToken, takeToken } from '../src/lib/server/rate-limit';
import { DATABASE_KINDS, testDatabase } from './support/databases';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(DATABASE_KINDS)('%s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('grants the burst, then refuses with the time until the next token', async () => {
    const rule = { burst: 3, perSecond: 1 / 30 };
    const got = [];
    for (let i = 0; i < 5; i++) got.push(await takeToken(database.db, 'burst', rule));
    expect(got.slice(0, 3)).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    for (const r of got.slice(3)) {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.retryAfterSeconds).toBeGreaterThanOrEqual(29);
        expect(r.retryAfterSeconds).toBeLessThanOrEqual(30);
      }
    }
    // Keys are independent.
    expect(await takeToken(database.db, 'other', rule)).toEqual({ ok: true });
  });

  it('refills at the rate, and refusals do not drain the bucket', async () => {
    const rule = { burst: 1, perSecond: 4 }; // one token every 250 ms
    expect((await takeToken(database.db, 'refill', rule)).ok).toBe(true);
    expect((await takeToken(database.db, 'refill', rule)).ok).toBe(false);
    expect((await takeToken(database.db, 'refill', rule)).ok).toBe(false);
    await sleep(300);
    expect((await takeToken(database.db, 'refill', rule)).ok).toBe(true);
    // A long wait does not fill the bucket beyond its burst.
    await sleep(800);
    expect((await takeToken(database.db, 'refill', rule)).ok).toBe(true);
    expect((await takeToken(database.db, 'refill', rule)).ok).toBe(false);
  });

  it('takes back a returned token, never above the burst', async () => {
    const rule = { burst: 2, perSecond: 0.001 };
    expect((await takeToken(database.db, 'ret', rule)).ok).toBe(true);
    expect((await takeToken(database.db, 'ret', rule)).ok).toBe(true);
    expect((await takeToken(database.db, 'ret', rule)).ok).toBe(false);
    await returnToken(database.db, 'ret', rule);
    expect((await takeToken(database.db, 'ret', rule)).ok).toBe(true);
    expect((await takeToken(database.db, 'ret', rule)).ok).toBe(false);
    for (let i = 0; i < 5; i++) await returnToken(database.db, 'ret', rule);
    const held = await database.db.execute(sql`select tokens from rate_buckets where key = 'ret'`);
    expect(Number(((held as { rows?: { tokens: number }[] }).rows ?? (held as unknown as { tokens: number }[]))[0].tokens)).toBe(2);
    // Returning to a bucket never taken from creates nothing.
    await returnToken(database.db, 'never', rule);
    const none = await database.db.execute(sql`select count(*)::int as n from rate_buckets where key = 'never'`);
    expect(Number(((none as { rows?: { n: number }[] }).rows ?? (none as unknown as { n: number }[]))[0].n)).toBe(0);
  });

  it('grants exactly the burst to 20 parallel takes', async () => {
    const rule = { burst: 5, perSecond: 0.001 };
    // A separate connection pool per take on PostgreSQL would be closer to several processes; the
    // pool of 10 connections already runs these takes concurrently on the server.
    const results = await Promise.all(Array.from({ length: 20 }, () => takeToken(database.db, 'parallel', rule)));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok)).toHaveLength(15);
    // And on a key that does not exist yet, where the first takes race to insert it.
    const fresh = await Promise.all(Array.from({ length: 20 }, () => takeToken(database.db, 'parallel-new', rule)));
    expect(fresh.filter((r) => r.ok)).toHaveLength(5);
  });

  it('refuses a bucket without tokens or without refill', async () => {
    await expect(takeToken(database.db, 'bad', { burst: 0, perSecond: 1 })).rejects.toThrow(RangeError);
    await expect(takeToken(database.db, 'bad', { burst: 1, perSecond: 0 })).rejects.toThrow(RangeError);
  });
});
