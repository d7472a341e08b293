import { fail, redirect } from '@sveltejs/kit';
import { safeNext } from '$lib/server/auth/guards';
import { attemptSignIn, clientAddress, echo, limitedText, readFields, startSession, WRONG } from '$lib/server/auth/signin';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  const next = safeNext(url.searchParams.get('next'), '');
  if (locals.user) redirect(303, next || '/');
  return { next };
};

export const actions: Actions = {
  default: async (event) => {
    const read = await readFields(event.request, ['username', 'password']);
    if ('failure' in read) return read.failure;
    const username = read.fields.username.trim();
    const { db } = await database();
    const attempt = await attemptSignIn(db, { username, password: read.fields.password, address: clientAddress(event) });
    if (!attempt.ok) {
      if (attempt.retryAfterSeconds) {
        event.setHeaders({ 'retry-after': String(attempt.retryAfterSeconds) });
        return fail(429, { username: echo(username), message: limitedText(attempt.retryAfterSeconds) });
      }
      return fail(400, { username: echo(username), message: WRONG });
    }
    await startSession(db, event, attempt.user.id);
    redirect(303, safeNext(event.url.searchParams.get('next')));
  },
};
