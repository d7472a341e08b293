// Accounts: creating one (with its checks) and finding one by name.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { type Role, users } from '../db/schema';
import { hashPassword, passwordProblem } from './password';
import { deleteUserSessions } from './sessions';

export class AccountError extends Error {}

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{1,31}$/;

/** A problem with a new username, or null. */
export function usernameProblem(username: unknown): string | null {
  if (typeof username !== 'string' || !username) return 'a username is required';
  if (!USERNAME.test(username)) return 'a username is 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit';
  return null;
}

export async function findUserByName(db: Db, username: string) {
  const [u] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return u;
}

export async function findUserById(db: Db, id: number) {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  return u;
}

/** Create an account; throws AccountError with a message for the person typing. */
export async function createUser(db: Db, input: { username: unknown; password: unknown; role?: Role }) {
  const problem = usernameProblem(input.username) ?? passwordProblem(input.password);
  if (problem) throw new AccountError(problem);
  const username = input.username as string;
  const passwordHash = await hashPassword(input.password as string);
  const rows = await db
    .insert(users)
    .values({ username, passwordHash, role: input.role ?? 'learner' })
    .onConflictDoNothing()
    .returning({ id: users.id, username: users.username, role: users.role });
  if (!rows.length) throw new AccountError(`the username '${username}' is taken`);
  return rows[0];
}

/** Every account, oldest first (for the users CLI). */
export async function listUsers(db: Db) {
  return db.select({ id: users.id, username: users.username, role: users.role, createdAt: users.createdAt }).from(users).orderBy(users.id);
}

/** Set a new password (checked like one chosen at sign-up); every session of the user ends. */
export async function setPassword(db: Db, userId: number, password: unknown): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw new AccountError(problem);
  const passwordHash = await hashPassword(password as string);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await deleteUserSessions(tx as unknown as Db, userId);
  });
}

/** Change an account's role; returns false when there is no such account. */
export async function setRole(db: Db, username: string, role: Role): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ role })
    .where(sql`lower(${users.username}) = lower(${username})`)
    .returning({ id: users.id });
  return rows.length > 0;
}
