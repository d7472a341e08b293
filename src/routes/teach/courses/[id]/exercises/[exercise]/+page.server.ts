import { fail } from '@sveltejs/kit';
import type { LocalizedText } from '$lib/engine/types';
import { contentVersion } from '$lib/server/content-version';
import { exerciseStatistics, listRegrades } from '$lib/server/store/statistics';
import type { RegradeSummary } from '$lib/server/store/regrade';
import { chapterInfo, courseExercise, mistakeHints, ownedCourse, readForm, RegradeBusy, regradeInServer } from '$lib/server/teach';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { db, course } = await ownedCourse(event);
  const exerciseId = await courseExercise(db, course.id, event.params.exercise);
  const [stats, hints, current, regrades, info] = await Promise.all([
    exerciseStatistics(db, course.id, exerciseId),
    mistakeHints(exerciseId),
    contentVersion(exerciseId),
    listRegrades(db, exerciseId, course.id),
    chapterInfo(),
  ]);
  return {
    course: { id: course.id, title: course.title },
    exercise: { id: exerciseId, title: info.titleOf(exerciseId) },
    stats,
    hints: hints as Record<string, LocalizedText>,
    currentVersion: current,
    outdated: stats.versions.filter((v) => v.contentVersion !== current).reduce((n, v) => n + v.submissions, 0),
    regrades: regrades.map((r) => ({ ...r, summary: r.summary as RegradeSummary | null })),
  };
};

export const actions: Actions = {
  regrade: async (event) => {
    const { user, db, course } = await ownedCourse(event);
    const exerciseId = await courseExercise(db, course.id, event.params.exercise);
    const form = await readForm(event.request);
    if (!form) return fail(400, { problem: 'The form could not be read.' });
    try {
      const summary = await regradeInServer({ exerciseId, courseId: course.id, all: form.get('all') === 'on', startedBy: user.id });
      return { summary };
    } catch (e) {
      if (e instanceof RegradeBusy) return fail(409, { problem: e.message });
      console.error(`[nabla] regrade of ${exerciseId} failed: ${(e as Error).message}`);
      return fail(500, { problem: `The regrade failed: ${(e as Error).message}` });
    }
  },
};
