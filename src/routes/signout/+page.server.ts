import { redirect } from '@sveltejs/kit';
import { clearSessionCookie, deleteSession } from '$lib/server/auth/sessions';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ locals, cookies }) => {
    if (locals.sessionId) await deleteSession((await database()).db, locals.sessionId);
    clearSessionCookie(cookies);
    redirect(303, '/');
  },
};
