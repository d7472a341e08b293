import { gradebook } from '$lib/server/store/gradebook';
import { chapterInfo, ownedCourse } from '$lib/server/teach';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { db, course } = await ownedCourse(event);
  const info = await chapterInfo();
  const book = await gradebook(db, course.id, info.chapterOf);
  return {
    course: { id: course.id, title: course.title, joinCode: course.joinCode },
    joinUrl: `${event.url.origin}/join/${course.joinCode}`,
    exercises: book.exercises.map((e) => ({ ...e, title: info.titleOf(e.id) })),
    learners: book.learners,
  };
};
