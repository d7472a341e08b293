// Small helpers shared by the learner's JSON APIs (/api/submissions, /api/drafts, /api/import,
// /api/progress): 401 for guests, JSON errors, a body read with a size limit.
import { json, type RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from '../auth/sessions';
import { MAX_SOURCE_BYTES } from '../submissions';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const NO_STORE = { 'cache-control': 'no-store' };

/** The signed-in user; a guest gets 401. */
export function apiUser(event: Pick<RequestEvent, 'locals'>): SessionUser {
  const user = event.locals.user;
  if (!user) throw new ApiError(401, 'sign in to use this: your work is stored with your account');
  return user;
}

/** Run a handler, turning ApiError into { error } JSON (and anything else into a logged 500). */
export async function api(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ApiError) return json({ error: e.message }, { status: e.status, headers: NO_STORE });
    const status = (e as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) return json({ error: (e as Error).message }, { status, headers: NO_STORE });
    console.error('[nabla] API failure:', e);
    return json({ error: 'the server failed to answer this request' }, { status: 500, headers: NO_STORE });
  }
}

/** The JSON body, refused unread beyond `maxBytes` (413) and when it is not JSON (400). */
export async function readJson(request: Request, maxBytes: number, shape: string): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new ApiError(413, `the request is too large (${Math.ceil(declared / 1024)} KB)`);
  const text = await request.text();
  if (Buffer.byteLength(text, 'utf8') > maxBytes) throw new ApiError(413, 'the request is too large');
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, `the request body must be JSON: ${shape}`);
  }
}

/** Code that can be stored: a string within the submission size limit, without NUL. */
export function checkSource(source: unknown, what = 'source'): string {
  if (typeof source !== 'string') throw new ApiError(400, `${what} must be a string`);
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_SOURCE_BYTES) {
    throw new ApiError(413, `${what} is ${Math.ceil(bytes / 1024)} KB; code is limited to ${MAX_SOURCE_BYTES / 1024} KB`);
  }
  if (source.includes('\0')) throw new ApiError(400, `${what} contains a NUL character (U+0000), which cannot be stored`);
  return source;
}

export const EXERCISE_ID = /^[a-z0-9-]{1,100}$/;
