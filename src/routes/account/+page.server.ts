// The signed-in user's account: change the password (every other session ends, this browser gets
// a fresh one) and sign out everywhere.
import { fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { clearSessionCookie, deleteUserSessions } from '$lib/server/auth/sessions';
import { attemptSignIn, clientAddress, problemText, readFields, startSession } from '$lib/server/auth/signin';
import { AccountError, setPassword } from '$lib/server/auth/users';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  const user = requireUser(event);
  return { account: { username: user.username, role: user.role } };
};

export const actions: Actions = {
  password: async (event) => {
    const user = requireUser(event);
    const read = await readFields(event.request, ['current', 'password', 'confirm']);
    if ('failure' in read) return read.failure;
    const { current, password, confirm } = read.fields;
    if (password !== confirm) {
      return fail(400, { password: { message: { en: 'The new password and its confirmation differ.', zh: '两次输入的新密码不一致。' } } });
    }
    const { db } = await database();
    // The current password is checked like a sign-in: wrong guesses cost tokens of the same buckets.
    const attempt = await attemptSignIn(db, { username: user.username, password: current, address: clientAddress(event) });
    if (!attempt.ok) {
      if (attempt.retryAfterSeconds) {
        event.setHeaders({ 'retry-after': String(attempt.retryAfterSeconds) });
        const s = attempt.retryAfterSeconds;
        return fail(429, {
          password: {
            message: {
              en: `The current password is wrong. Too many failed attempts: try again in ${s} s.`,
              zh: `当前密码错误。失败次数过多，请 ${s} 秒后再试。`,
            },
          },
        });
      }
      return fail(400, { password: { message: { en: 'The current password is wrong.', zh: '当前密码错误。' } } });
    }
    try {
      await setPassword(db, user.id, password); // ends every session of the user, this one too
    } catch (e) {
      if (e instanceof AccountError) return fail(400, { password: { message: problemText(e.message) } });
      throw e;
    }
    event.locals.sessionId = null; // already deleted
    await startSession(db, event, user.id);
    return { password: { changed: true } };
  },

  everywhere: async (event) => {
    const user = requireUser(event);
    const { db } = await database();
    await deleteUserSessions(db, user.id);
    clearSessionCookie(event.cookies);
    redirect(303, '/signin');
  },
};
