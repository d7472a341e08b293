import { fail, redirect } from '@sveltejs/kit';
import { safeNext } from '$lib/server/auth/guards';
import { createSession, setSessionCookie } from '$lib/server/auth/sessions';
import { AccountError, createUser } from '$lib/server/auth/users';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
  return {};
};

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const username = String(form.get('username') ?? '').trim();
    const password = form.get('password');
    const { db } = await database();
    let user;
    try {
      user = await createUser(db, { username, password });
    } catch (e) {
      if (e instanceof AccountError) return fail(400, { username, message: e.message });
      throw e;
    }
    const session = await createSession(db, user.id);
    setSessionCookie(cookies, session.token, session.expiresAt, url.protocol === 'https:');
    redirect(303, safeNext(url.searchParams.get('next')));
  },
};
