import { fail, redirect } from '@sveltejs/kit';
import { courseDeadlineMap, courseExerciseIds, CourseInputError, updateCourse } from '$lib/server/store/courses';
import { chapterInfo, FORM_TOO_LARGE, ownedCourse, readCourseForm, readForm } from '$lib/server/teach';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { db, course } = await ownedCourse(event);
  const [selected, deadlines] = await Promise.all([courseExerciseIds(db, course.id), courseDeadlineMap(db, course.id)]);
  return {
    course: { id: course.id, title: course.title },
    selected,
    deadlines: Object.fromEntries([...deadlines].map(([ch, d]) => [ch, d.toISOString()])),
    chapters: (await chapterInfo()).chapters,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const { db, course } = await ownedCourse(event);
    const form = await readForm(event.request);
    if (!form) return fail(400, { problem: FORM_TOO_LARGE, title: course.title });
    const input = readCourseForm(form, (await chapterInfo()).chapters);
    if ('problem' in input) return fail(400, { problem: input.problem, title: input.title });
    try {
      await updateCourse(db, course.id, input);
    } catch (e) {
      if (e instanceof CourseInputError) return fail(400, { problem: e.message, title: input.title });
      throw e;
    }
    redirect(303, `/teach/courses/${course.id}`);
  },
};
