// Accounts: creating one (with its checks) and finding one by name.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { type Role, users } from '../db/schema';
import { hashPassword, passwordProblem } from './password';

export class AccountError extends Error {}

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{1,31}$/;

/** A problem with a new username, or null. */
export function usernameProblem(username: unknown): string | null {
  if (typeof username !== 'string' || !username) return 'a username is required';
  if (!USERNAME.test(username)) return 'a username is 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit';
  return null;
}

export async function findUserByName(db: Db, username: string) {
  const [u] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`);
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
