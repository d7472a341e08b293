// GET /api/submissions/<id> → the signed-in user's own submission with its source and report
// (redacted as at grading time). Anyone else's, or none: 404 alike (existence is not revealed).
// The report's language as for POST /api/grade (`?lang=en|zh|all`, else Accept-Language).
import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { redactReport } from '$lib/server/redact';
import { BAD_LANGUAGE, reportIn, reportLanguage } from '$lib/server/report-language';
import { api, ApiError, apiUser, NO_STORE } from '$lib/server/store/http';
import { getSubmission } from '$lib/server/store/submissions';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
  api(async () => {
    const user = apiUser(event);
    const lang = reportLanguage(event.url, event.request.headers);
    if (!lang) throw new ApiError(400, BAD_LANGUAGE);
    const { db } = await database();
    const s = await getSubmission(db, user.id, event.params.id);
    if (!s) throw new ApiError(404, 'there is no such submission');
    return json({ ...s, report: s.report ? reportIn(redactReport(s.report), lang) : null }, { headers: NO_STORE });
  });
