// Who may see a page or call an API. Pages: a guest is sent to sign in (and back afterwards),
// a signed-in user without the role gets 403. APIs answer 401/403 as JSON.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from './sessions';

/** The signed-in user, or a redirect to /signin?next=<this page>. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
  const user = event.locals.user;
  if (!user) redirect(303, `/signin?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  return user;
}

/** An instructor, a redirect to sign in for a guest, 403 for a learner. */
export function requireInstructor(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
  const user = requireUser(event);
  if (user.role !== 'instructor') error(403, 'This page is for instructors.');
  return user;
}

const HERE = 'http://nabla.invalid';

/**
 * A safe place to go after signing in: a path on this site, never another origin. The path is
 * read as a browser reads a Location header (which drops tabs and newlines and takes a backslash for
 * `/`, so `/<tab>/evil.example` would leave), and given back normalised.
 */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.length > 2000) return fallback;
  let u: URL;
  try {
    u = new URL(next, HERE);
  } catch {
    return fallback;
  }
  // `/..//evil.example` normalises to `//evil.example`, which is another site again.
  if (u.origin !== HERE || u.pathname.startsWith('//')) return fallback;
  return u.pathname + u.search + u.hash;
}
