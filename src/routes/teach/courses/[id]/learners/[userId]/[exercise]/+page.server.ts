import { error } from '@sveltejs/kit';
import type { Report } from '$lib/engine/types';
import { exercisePage } from '$lib/server/content';
import { contentVersion } from '$lib/server/content-version';
import { isEnrolled, parseId, usernameOf } from '$lib/server/store/courses';
import { learnerSubmissions } from '$lib/server/store/gradebook';
import { courseExercise, ownedCourse } from '$lib/server/teach';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { db, course } = await ownedCourse(event);
  const userId = parseId(event.params.userId);
  if (userId === null || !(await isEnrolled(db, course.id, userId))) error(404, 'This learner is not in the course.');
  const exerciseId = await courseExercise(db, course.id, event.params.exercise);
  const page = await exercisePage(exerciseId);
  if (!page) error(404, 'There is no such exercise.');
  const rows = await learnerSubmissions(db, userId, exerciseId);
  return {
    course: { id: course.id, title: course.title },
    learner: { id: userId, username: (await usernameOf(db, userId)) ?? `#${userId}` },
    exercise: { id: exerciseId, title: page.meta.title },
    meta: page.meta,
    currentVersion: await contentVersion(exerciseId),
    submissions: rows.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      gradedAt: r.gradedAt,
      status: r.status,
      verdict: r.verdict,
      score: r.score,
      passed: r.passed,
      total: r.total,
      mistake: r.mistake,
      contentVersion: r.contentVersion,
      seed: r.seed,
      source: r.source,
      report: r.report as Report | null,
      history: r.history.map((h) => ({
        id: h.id,
        regradeId: h.regradeId,
        verdict: h.verdict,
        passed: h.passed,
        total: h.total,
        score: h.score,
        mistake: h.mistake,
        contentVersion: h.contentVersion,
        gradedAt: h.gradedAt,
        replacedAt: h.replacedAt,
        report: h.report as Report | null,
      })),
    })),
  };
};
