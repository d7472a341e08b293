import { fail, redirect } from '@sveltejs/kit';
import { requireInstructor } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { createCourse, CourseInputError } from '$lib/server/store/courses';
import { chapterInfo, FORM_TOO_LARGE, readCourseForm, readForm } from '$lib/server/teach';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireInstructor(event);
  return { chapters: (await chapterInfo()).chapters };
};

export const actions: Actions = {
  default: async (event) => {
    const user = requireInstructor(event);
    const form = await readForm(event.request);
    if (!form) return fail(400, { problem: FORM_TOO_LARGE, title: '' });
    const input = readCourseForm(form, (await chapterInfo()).chapters);
    if ('problem' in input) return fail(400, { problem: input.problem, title: input.title });
    const { db } = await database();
    let id: number;
    try {
      id = (await createCourse(db, { ownerId: user.id, ...input })).id;
    } catch (e) {
      if (e instanceof CourseInputError) return fail(400, { problem: e.message, title: input.title.length <= 200 ? input.title : '' });
      throw e;
    }
    redirect(303, `/teach/courses/${id}`);
  },
};
