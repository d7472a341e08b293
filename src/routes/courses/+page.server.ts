import { fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { readForm } from '$lib/server/teach';
import { enroll, getCourseByCode, listLearnerCourses, normalizeJoinCode } from '$lib/server/store/courses';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const { db } = await database();
  return { courses: await listLearnerCourses(db, user.id) };
};

export const actions: Actions = {
  join: async (event) => {
    const user = requireUser(event);
    const form = await readForm(event.request);
    if (!form) return fail(400, { code: '', problem: 'The form could not be read.' });
    const raw = form.get('code');
    const code = normalizeJoinCode(raw);
    const typed = typeof raw === 'string' ? raw.slice(0, 64) : '';
    if (!code) return fail(400, { code: typed, problem: 'That is not a join code: it has 8 letters and digits, like K7MP-Q2XA.' });
    const { db } = await database();
    const course = await getCourseByCode(db, code);
    if (!course) return fail(404, { code: typed, problem: 'No course has this join code.' });
    await enroll(db, course.id, user.id);
    redirect(303, `/courses/${course.id}`);
  },
};
