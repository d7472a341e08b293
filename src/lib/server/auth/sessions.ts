// Database sessions: the cookie holds a random token, the table holds its SHA-256, so a copy of
// the table signs nobody in. Sessions last 30 days and are extended when used in their second half.
import { createHash, randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db';
import { type Role, sessions, users } from '../db/schema';

export const SESSION_COOKIE = 'nabla_session';
const LIFETIME_MS = 30 * 86_400_000;

export interface SessionUser {
  id: number;
  username: string;
  role: Role;
}

const idOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new session for the user; returns the cookie's token and when it expires. */
export async function createSession(db: Db, userId: number): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + LIFETIME_MS);
  await db.insert(sessions).values({ id: idOf(token), userId, expiresAt });
  return { token, expiresAt };
}

/** The signed-in user of a token, or null; extends a session used in its second half. */
export async function validateSession(db: Db, token: string | undefined): Promise<{ user: SessionUser; sessionId: string; expiresAt: Date } | null> {
  if (!token || token.length > 100) return null;
  const id = idOf(token);
  const [row] = await db
    .select({ id: users.id, username: users.username, role: users.role, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date())));
  if (!row) return null;
  let expiresAt = row.expiresAt;
  if (expiresAt.getTime() - Date.now() < LIFETIME_MS / 2) {
    expiresAt = new Date(Date.now() + LIFETIME_MS);
    await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
  }
  return { user: { id: row.id, username: row.username, role: row.role }, sessionId: id, expiresAt };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Sign out everywhere (and after a password change): every session of the user ends. */
export async function deleteUserSessions(db: Db, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

/** httpOnly, SameSite=Lax, Secure when served over https. */
export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date, secure: boolean) {
  cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt });
}

export function clearSessionCookie(cookies: Cookies) {
  cookies.delete(SESSION_COOKIE, { path: '/' });
}
