// GET /api/progress → { progress: { <exercise>: 'attempted' | 'solved' } } for the signed-in
// user: solved = a passing submission (or imported as solved), attempted = any submission (or
// imported). 401 for guests (their progress stays in the browser).
import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { api, apiUser, NO_STORE } from '$lib/server/store/http';
import { progressOf } from '$lib/server/store/submissions';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
  api(async () => {
    const user = apiUser(event);
    const { db } = await database();
    return json({ progress: await progressOf(db, user.id) }, { headers: NO_STORE });
  });
