import { json, type Handle, type ServerInit } from '@sveltejs/kit';
import { SESSION_COOKIE, setSessionCookie, validateSession } from '$lib/server/auth/sessions';
import { closeDatabase, database } from '$lib/server/db';
import { installShutdown, onDrain, onShutdown } from '$lib/server/lifecycle';
import { closeQueueFront, drainQueueFront, queueFront } from '$lib/server/queue/front';
import { gradingMode } from '$lib/server/queue/settings';
import { startRecovery } from '$lib/server/stored-grading';
import { closeScheduler, scheduler } from '$lib/server/submissions';

/**
 * Open (and migrate) the database before the first request: a bad database stops the start. In
 * queue mode (NABLA_GRADING=queue) the job queue instead of in-process grading workers.
 */
export const init: ServerInit = async () => {
  try {
    const mode = gradingMode();
    const { db } = await database();
    installShutdown();
    onShutdown(closeDatabase);
    if (mode === 'queue') {
      // Grading is the workers' (npm run worker), recovery of pending work the queue's.
      await queueFront();
      onShutdown(closeQueueFront);
      onDrain(drainQueueFront);
      return;
    }
    onShutdown(closeScheduler);
    onDrain(closeScheduler);
    // Submissions an earlier run accepted but did not finish grading: graded now, in the background.
    startRecovery(db);
    // Start the grading workers now (readiness: /readyz is 503 until one of them is live).
    scheduler();
  } catch (e) {
    console.error(`[nabla] cannot start: ${(e as Error).message}`);
    process.exit(1);
  }
};

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * State-changing JSON APIs answer only same-origin requests. (Form actions keep SvelteKit's own
 * origin check.) Browsers send Origin and Sec-Fetch-Site on such requests; scripts without
 * them carry no ambient cookies of a victim, so they are not a cross-site risk.
 */
function crossSite(request: Request, url: URL): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.get('origin');
  return origin !== null && origin !== url.origin;
}

export const handle: Handle = async ({ event, resolve }) => {
  // The interface language chosen in the browser (mirrored to a cookie) renders on the server too.
  const lang = event.cookies.get('nabla_lang') === 'zh' ? 'zh' : 'en';
  event.locals.lang = lang;
  event.locals.user = null;
  event.locals.sessionId = null;

  if (event.url.pathname.startsWith('/api/') && UNSAFE.has(event.request.method) && crossSite(event.request, event.url)) {
    return json({ error: 'cross-site requests are not accepted' }, { status: 403 });
  }

  const token = event.cookies.get(SESSION_COOKIE);
  if (token) {
    const { db } = await database();
    const session = await validateSession(db, token);
    if (session) {
      event.locals.user = session.user;
      event.locals.sessionId = session.sessionId;
      setSessionCookie(event.cookies, token, session.expiresAt, event.url.protocol === 'https:');
    } else {
      event.cookies.delete(SESSION_COOKIE, { path: '/' });
    }
  }

  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', lang === 'zh' ? 'zh-CN' : 'en'),
  });
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'same-origin');
  return response;
};
