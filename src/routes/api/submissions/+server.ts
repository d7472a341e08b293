// GET /api/submissions?exercise=<id> → { submissions: [{ id, createdAt, status, verdict, score,
// passed, total }] }: the signed-in user's own, newest first. 401 for guests.
import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, ApiError, apiUser, EXERCISE_ID, NO_STORE } from '$lib/server/store/http';
import { listSubmissions } from '$lib/server/store/submissions';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
  api(async () => {
    const user = apiUser(event);
    const exercise = event.url.searchParams.get('exercise') ?? '';
    if (!EXERCISE_ID.test(exercise)) throw new ApiError(400, 'give the exercise: /api/submissions?exercise=<id>');
    const { db } = await database();
    const rows = await listSubmissions(db, user.id, exercise);
    return json({ submissions: rows.map(({ exerciseId: _e, ...r }) => r) }, { headers: NO_STORE });
  });
