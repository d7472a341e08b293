// Token buckets in the database (table rate_buckets), so every web process shares them. A take is
// one statement, INSERT … ON CONFLICT DO UPDATE … RETURNING: the row lock serialises concurrent
// takes of one key, on PGlite and on a PostgreSQL server alike, and the database's clock is the
// only clock (web processes on several machines agree).
//
// Encoding: a take always stores `refilled - cost`. A granted take leaves that ≥ 0 (the tokens
// left); a refused one leaves it in [-cost, 0), and the bucket then holds `stored + cost`. So a
// negative value records a refusal, and the statement can say whether it granted without a
// second read. Refusals do not drain the bucket.
import { sql } from 'drizzle-orm';
import type { Db } from './db';

export interface BucketRule {
  /** Tokens a full bucket holds (the attempts allowed at once). */
  burst: number;
  /** Tokens added back per second. */
  perSecond: number;
}

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

function check(rule: BucketRule) {
  if (!(rule.burst >= 1) || !(rule.perSecond > 0) || !Number.isFinite(rule.burst) || !Number.isFinite(rule.perSecond)) {
    throw new RangeError(`a token bucket needs burst >= 1 and perSecond > 0 (got ${rule.burst}, ${rule.perSecond})`);
  }
}

/** PGlite answers { rows }, node-postgres a QueryResult with rows too. */
function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}

/**
 * Take one token from the bucket `key` (created full on first use). Refused when fewer than one
 * token is left; `retryAfterSeconds` is when the next one will be there (at least 1).
 */
export async function takeToken(db: Db, key: string, rule: BucketRule): Promise<Take> {
  check(rule);
  const { burst, perSecond } = rule;
  // What the bucket holds now: its stored value decoded (see above), refilled since the last take.
  const refilled = sql`least(${burst}::float8,
      (case when rate_buckets.tokens < 0 then rate_buckets.tokens + 1 else rate_buckets.tokens end)
      + greatest(0, extract(epoch from clock_timestamp() - rate_buckets.updated_at)::float8) * ${perSecond}::float8)`;
  const result = await db.execute(sql`
    insert into rate_buckets (key, tokens, updated_at)
    values (${key}, ${burst}::float8 - 1, clock_timestamp())
    on conflict (key) do update set tokens = ${refilled} - 1, updated_at = clock_timestamp()
    returning tokens`);
  const [row] = rowsOf<{ tokens: number | string }>(result);
  const stored = Number(row.tokens);
  if (stored >= 0) return { ok: true };
  // Refused: the bucket holds stored + 1 < 1, so one token is -stored seconds×rate away.
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(-stored / perSecond)) };
}

/**
 * Put back a token taken by `takeToken` (an attempt that turned out not to count, e.g. a sign-in
 * that succeeded). Never fills the bucket above `burst`.
 */
export async function returnToken(db: Db, key: string, rule: BucketRule): Promise<void> {
  check(rule);
  const { burst, perSecond } = rule;
  await db.execute(sql`
    update rate_buckets set
      tokens = least(${burst}::float8,
        (case when tokens < 0 then tokens + 1 else tokens end)
        + greatest(0, extract(epoch from clock_timestamp() - updated_at)::float8) * ${perSecond}::float8 + 1),
      updated_at = clock_timestamp()
    where key = ${key}`);
}

/** Drop buckets untouched for a while (housekeeping: with the rules in use they are full again). */
export async function deleteIdleBuckets(db: Db, olderThanSeconds = 86_400): Promise<void> {
  await db.execute(sql`delete from rate_buckets where updated_at < clock_timestamp() - make_interval(secs => ${olderThanSeconds}::float8)`);
}
