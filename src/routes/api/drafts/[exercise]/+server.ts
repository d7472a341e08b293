// GET /api/drafts/<exercise> → { draft: { source, version, updatedAt } | null, conflicts: [...] }
// PUT /api/drafts/<exercise> { source, baseVersion } → 200 { draft } when baseVersion is the
//   stored version (or null and there is none); 409 { error, draft } otherwise, the incoming code
//   kept in draft_conflicts. { resolved: true } alongside marks earlier conflicts resolved.
// Only the signed-in user's own drafts (401 for guests); code is limited to 100 KB (413).
import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { exerciseExists } from '$lib/server/exercises';
import { api, ApiError, apiUser, checkSource, NO_STORE, readJson } from '$lib/server/store/http';
import { getDraft, openConflicts, putDraft, resolveConflicts } from '$lib/server/store/submissions';
import { MAX_SOURCE_BYTES } from '$lib/server/submissions';
import type { RequestHandler } from './$types';

async function exercise(id: string): Promise<string> {
  if (!(await exerciseExists(id))) throw new ApiError(404, `there is no exercise '${id}'`);
  return id;
}

export const GET: RequestHandler = (event) =>
  api(async () => {
    const user = apiUser(event);
    const id = await exercise(event.params.exercise);
    const { db } = await database();
    const [draft, conflicts] = await Promise.all([getDraft(db, user.id, id), openConflicts(db, user.id, id)]);
    return json({ draft: draft ?? null, conflicts }, { headers: NO_STORE });
  });

export const PUT: RequestHandler = (event) =>
  api(async () => {
    const user = apiUser(event);
    const id = await exercise(event.params.exercise);
    const body = (await readJson(event.request, 2 * MAX_SOURCE_BYTES + 4096, '{ source, baseVersion }')) as {
      source?: unknown;
      baseVersion?: unknown;
      resolved?: unknown;
    } | null;
    const source = checkSource(body?.source);
    const base = body?.baseVersion ?? null;
    if (base !== null && !(typeof base === 'number' && Number.isInteger(base) && base > 0)) {
      throw new ApiError(400, 'baseVersion must be the version you started from (a positive integer) or null');
    }
    const { db } = await database();
    const r = await putDraft(db, user.id, id, source, base);
    if (!r.ok) {
      return json(
        {
          error: 'this draft was changed on another device: your code is kept, choose which copy to keep',
          draft: r.current,
          conflictId: r.conflictId,
        },
        { status: 409, headers: NO_STORE },
      );
    }
    if (body?.resolved === true) await resolveConflicts(db, user.id, id);
    return json({ draft: r.draft }, { headers: NO_STORE });
  });
