// The database layer on both targets: migrations on open, the embedded folder's single owner,
// refusal of a database that newer code migrated.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/server/db';
import { DataDirInUse } from '../src/lib/server/db/data-dir-lock';
import { DatabaseTooNew } from '../src/lib/server/db/migrations';
import { users } from '../src/lib/server/db/schema';
import { DATABASE_KINDS, newPostgresUrl, ROOT, testDatabase } from './support/databases';

const scratch: string[] = [];
afterAll(async () => {
  for (const d of scratch) await rm(d, { recursive: true, force: true });
});

describe.each(DATABASE_KINDS)('%s', (kind) => {
  it('is migrated on open and stores rows', async () => {
    const database = await testDatabase(kind);
    try {
      expect(database.kind).toBe(kind);
      const [u] = await database.db.insert(users).values({ username: 'Ada', passwordHash: 'x' }).returning();
      expect(u.role).toBe('learner');
      // Usernames are unique without regard to case.
      await expect(database.db.insert(users).values({ username: 'ada', passwordHash: 'y' })).rejects.toThrow();
      expect((await database.db.select().from(users).where(eq(users.id, u.id)))[0].username).toBe('Ada');
    } finally {
      await database.close();
    }
  });

  it('refuses a database migrated by newer code, and changes nothing', async () => {
    const url = kind === 'postgres' ? await newPostgresUrl() : undefined;
    const dataDir = kind === 'pglite' ? await mkdtemp(join(tmpdir(), 'nabla-db-')) : undefined;
    if (dataDir) scratch.push(dataDir);
    const first = await openDatabase({ url, dataDir, appRoot: ROOT });
    const future = Date.now() + 365 * 86_400_000;
    await first.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('future', ${future})`);
    await first.close();
    const err = await openDatabase({ url, dataDir, appRoot: ROOT }).catch((e) => e);
    expect(err).toBeInstanceOf(DatabaseTooNew);
    expect(err.message).toMatch(/migrated by a newer version of Nabla/);
    if (url) expect(err.message).not.toMatch(/password/);
  });
});

describe('the embedded folder', () => {
  it('has one owner: a second open fails clearly, and the folder is free again after close', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'nabla-db-'));
    scratch.push(dataDir);
    const first = await openDatabase({ dataDir, appRoot: ROOT });
    const err = await openDatabase({ dataDir, appRoot: ROOT }).catch((e) => e);
    expect(err).toBeInstanceOf(DataDirInUse);
    expect(err.message).toMatch(/is in use by another Nabla process/);
    await first.db.insert(users).values({ username: 'kept', passwordHash: 'x' });
    await first.close();
    const again = await openDatabase({ dataDir, appRoot: ROOT });
    expect((await again.db.select().from(users)).map((u) => u.username)).toEqual(['kept']);
    await again.close();
  });
});
