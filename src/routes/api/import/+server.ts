// POST /api/import { progress: { <exercise>: 'attempted' | 'solved' }, drafts: { <exercise>: source } }
// → { imported: { progress, drafts, conflicts } }: a guest's browser work into the signed-in
// account. Solved is never downgraded; a different server draft stays and the imported one is
// kept in draft_conflicts. Unknown exercises, bad states and oversized code: 400/413.
import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { exerciseExists } from '$lib/server/exercises';
import { api, ApiError, apiUser, checkSource, NO_STORE, readJson } from '$lib/server/store/http';
import { importGuest, type GuestImport, type ProgressState } from '$lib/server/store/submissions';
import { MAX_SOURCE_BYTES } from '$lib/server/submissions';
import type { RequestHandler } from './$types';

const MAX_ENTRIES = 500;
const MAX_BODY = 4 * 1024 * 1024;

async function known(id: string, what: string) {
  if (!(await exerciseExists(id))) throw new ApiError(400, `${what}: there is no exercise '${id.slice(0, 100)}'`);
}

export const POST: RequestHandler = (event) =>
  api(async () => {
    const user = apiUser(event);
    const body = (await readJson(event.request, MAX_BODY, '{ progress: { id: state }, drafts: { id: source } }')) as Record<string, unknown> | null;
    const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
    const progressIn = body?.progress ?? {};
    const draftsIn = body?.drafts ?? {};
    if (!isMap(body) || !isMap(progressIn) || !isMap(draftsIn)) {
      throw new ApiError(400, 'expected { progress: { <exercise>: "attempted" | "solved" }, drafts: { <exercise>: "<code>" } }');
    }
    if (Object.keys(progressIn).length > MAX_ENTRIES || Object.keys(draftsIn).length > MAX_ENTRIES) {
      throw new ApiError(400, `at most ${MAX_ENTRIES} exercises at a time`);
    }
    const data: GuestImport = { progress: {}, drafts: {} };
    for (const [id, state] of Object.entries(progressIn)) {
      await known(id, 'progress');
      if (state !== 'attempted' && state !== 'solved')
        throw new ApiError(400, `progress of ${id}: "attempted" or "solved", not ${JSON.stringify(state)?.slice(0, 40)}`);
      data.progress[id] = state as ProgressState;
    }
    let total = 0;
    for (const [id, source] of Object.entries(draftsIn)) {
      await known(id, 'drafts');
      data.drafts[id] = checkSource(source, `the draft of ${id}`);
      total += data.drafts[id].length;
    }
    if (total > 40 * MAX_SOURCE_BYTES) throw new ApiError(413, 'too much code in one import');
    const { db } = await database();
    const imported = await importGuest(db, user.id, data);
    return json({ imported }, { headers: NO_STORE });
  });
