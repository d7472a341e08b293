// POST /api/grade { exercise, source, mode: 'run' | 'submit' } → Report (JSON).
// A signed-in learner's Submit is stored (queued → grading → graded) and the answer carries its
// `submissionId`; Run and guests are graded without storing anything.
// The report's language: `?lang=en|zh`, else Accept-Language, else English; `?lang=all` gives
// both side by side (`name`/`nameZh`, `message`/`messageZh`), as stored.
// Errors: { error: message } with 400, 404, 413, 429 or 503 (+ Retry-After).
// Queue mode (NABLA_GRADING=queue): the same answers, graded by the workers; a stored Submit not
// graded within NABLA_QUEUE_WAIT_MS is answered 202 { submissionId, status: 'queued' }.
import { json } from '@sveltejs/kit';
import { queueFront } from '$lib/server/queue/front';
import { gradingMode } from '$lib/server/queue/settings';
import { redactReport } from '$lib/server/redact';
import { BAD_LANGUAGE, reportIn, reportLanguage } from '$lib/server/report-language';
import { submitStored } from '$lib/server/stored-grading';
import { MAX_SOURCE_BYTES, SchedulerClosed, scheduler, SubmissionRefused, tooLarge } from '$lib/server/submissions';
import type { RequestHandler } from './$types';

const TAB_ID = /^[A-Za-z0-9_-]{6,64}$/;

export const POST: RequestHandler = async ({ request, url, getClientAddress, locals }) => {
  try {
    const lang = reportLanguage(url, request.headers);
    if (!lang) throw new SubmissionRefused(400, BAD_LANGUAGE);
    const declared = Number(request.headers.get('content-length') ?? 0);
    // JSON escaping can at most double the source; anything larger is refused unread.
    if (declared > 2 * MAX_SOURCE_BYTES + 4096) throw tooLarge(declared);
    let body: { exercise?: unknown; source?: unknown; mode?: unknown };
    try {
      body = await request.json();
    } catch {
      throw new SubmissionRefused(400, 'the request body must be JSON: { exercise, source, mode }');
    }
    const { exercise, source, mode = 'submit' } = body ?? {};
    if (typeof exercise !== 'string' || typeof source !== 'string' || (mode !== 'run' && mode !== 'submit')) {
      throw new SubmissionRefused(400, "expected { exercise: string, source: string, mode: 'run' | 'submit' }");
    }
    const address = getClientAddress();
    const tab = request.headers.get('x-nabla-tab') ?? '';
    const client = `${address}|${TAB_ID.test(tab) ? tab : ''}`;
    const user = locals.user;
    if (gradingMode() === 'queue') {
      // Graded by the queue's workers; a stored submission not graded within the wait is 202.
      const store = !!user && mode === 'submit';
      const r = await (await queueFront()).submit({ address, client, userId: user?.id }, exercise, source, mode, store);
      if (!r.done) {
        return json(
          { submissionId: r.submissionId, status: 'queued', message: 'your submission is stored and will be graded: see it in your submissions' },
          { status: 202, headers: { 'cache-control': 'no-store' } },
        );
      }
      return json(
        { ...redactReport(r.report), ...(r.submissionId ? { submissionId: r.submissionId } : {}) },
        { headers: { 'cache-control': 'no-store' } },
      );
    }
    if (user && mode === 'submit') {
      const { report, submissionId } = await submitStored({ address, client, userId: user.id }, exercise, source);
      return json({ ...reportIn(redactReport(report), lang), submissionId }, { headers: { 'cache-control': 'no-store' } });
    }
    const report = await scheduler().grade(address, client, exercise, source, mode, user?.id);
    return json(reportIn(redactReport(report), lang), { headers: { 'cache-control': 'no-store' } });
  } catch (e) {
    if (e instanceof SubmissionRefused) {
      const headers: Record<string, string> = { 'cache-control': 'no-store' };
      if (e.retryAfterSeconds) headers['retry-after'] = String(e.retryAfterSeconds);
      return json({ error: e.message }, { status: e.status, headers });
    }
    if (e instanceof SchedulerClosed) {
      // A stored submission stays queued and is graded at the next start.
      return json(
        { error: 'the server is restarting: try again in a moment (a submitted solution is kept and graded)' },
        { status: 503, headers: { 'cache-control': 'no-store', 'retry-after': '10' } },
      );
    }
    console.error('[nabla] grading failed:', e);
    return json({ error: `grading failed: ${(e as Error).message}` }, { status: 500 });
  }
};
