import { fail, redirect } from '@sveltejs/kit';
import { safeNext } from '$lib/server/auth/guards';
import { verifyNothing, verifyPassword } from '$lib/server/auth/password';
import { createSession, setSessionCookie } from '$lib/server/auth/sessions';
import { findUserByName } from '$lib/server/auth/users';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

/** One message for every failure: a wrong password and an unknown name look the same. */
const GENERIC = 'Wrong username or password.';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
  return {};
};

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const { db } = await database();
    const user = username && username.length <= 64 ? await findUserByName(db, username) : undefined;
    const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyNothing(password);
    if (!user || !ok) return fail(400, { username, message: GENERIC });
    const session = await createSession(db, user.id);
    setSessionCookie(cookies, session.token, session.expiresAt, url.protocol === 'https:');
    redirect(303, safeNext(url.searchParams.get('next')));
  },
};
