import { requireInstructor } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { listOwnedCourses } from '$lib/server/store/courses';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireInstructor(event);
  const { db } = await database();
  return { courses: await listOwnedCourses(db, user.id), origin: event.url.origin };
};
