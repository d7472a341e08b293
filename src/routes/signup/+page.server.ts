import { fail, redirect } from '@sveltejs/kit';
import { safeNext } from '$lib/server/auth/guards';
import { clientAddress, echo, limitedSignUpText, problemText, readFields, signUpRuleFromEnv, startSession } from '$lib/server/auth/signin';
import { takeToken } from '$lib/server/rate-limit';
import { AccountError, createUser } from '$lib/server/auth/users';
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
    // Account creation per address is limited too (a whole class behind one NAT fits the burst).
    const allowed = await takeToken(db, `signup:addr:${clientAddress(event)}`, signUpRuleFromEnv());
    if (!allowed.ok) {
      event.setHeaders({ 'retry-after': String(allowed.retryAfterSeconds) });
      return fail(429, { username: echo(username), message: limitedSignUpText(allowed.retryAfterSeconds) });
    }
    let user;
    try {
      user = await createUser(db, { username, password: read.fields.password });
    } catch (e) {
      if (e instanceof AccountError) return fail(400, { username: echo(username), message: problemText(e.message) });
      throw e;
    }
    await startSession(db, event, user.id);
    redirect(303, safeNext(event.url.searchParams.get('next')));
  },
};
