// Signing in: the check of a name and password behind rate limits, one answer for every failure,
// and a fresh session at every sign-in. Shared by /signin, /signup and /account.
//
// Failed attempts cost a token from two buckets in the database (rate-limit.ts): one per
// username (burst 5, then one every 30 s) and one per client address (burst 50, then one every
// 10 s). A token is taken before the password is checked, so concurrent guesses cannot outrun
// the bucket, and given back when the password was right: successful sign-ins cost nothing. An
// attempt refused by a bucket is answered without looking at the account or the password.
import { fail, type Cookies, type RequestEvent } from '@sveltejs/kit';
import type { Db } from '../db';
import { deleteIdleBuckets, returnToken, takeToken, type BucketRule } from '../rate-limit';
import { PASSWORD_MAX, verifyNothing, verifyPassword } from './password';
import { createSession, deleteExpiredSessions, deleteSession, setSessionCookie, type SessionUser } from './sessions';
import { findUserByName, usernameProblem } from './users';
import type { LocalizedText } from '../../engine/types';

export interface SignInRules {
  user: BucketRule;
  address: BucketRule;
}

/** A positive number from the environment, else the default. */
function num(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const v = Number(env[name]);
  return env[name] && Number.isFinite(v) && v > 0 ? v : fallback;
}

export function signInRulesFromEnv(env: NodeJS.ProcessEnv = process.env): SignInRules {
  return {
    user: { burst: num(env, 'NABLA_SIGNIN_BURST', 5), perSecond: num(env, 'NABLA_SIGNIN_PER_SECOND', 1 / 30) },
    address: { burst: num(env, 'NABLA_SIGNIN_ADDRESS_BURST', 50), perSecond: num(env, 'NABLA_SIGNIN_ADDRESS_PER_SECOND', 1 / 10) },
  };
}

/** Sign-ups per client address: burst 60 (a class behind one NAT), then one every 10 s. */
export function signUpRuleFromEnv(env: NodeJS.ProcessEnv = process.env): BucketRule {
  return { burst: num(env, 'NABLA_SIGNUP_ADDRESS_BURST', 60), perSecond: num(env, 'NABLA_SIGNUP_ADDRESS_PER_SECOND', 1 / 10) };
}

export function limitedSignUpText(seconds: number): LocalizedText {
  return {
    en: `Too many accounts were created from your network: try again in ${seconds} s.`,
    zh: `你的网络创建的账号过多，请 ${seconds} 秒后再试。`,
  };
}

/** The one message of every failed sign-in: a wrong password and an unknown name look the same. */
export const WRONG: LocalizedText = { en: 'Wrong username or password.', zh: '用户名或密码错误。' };

export function limitedText(seconds: number): LocalizedText {
  return {
    en: `${WRONG.en} Too many failed attempts: try again in ${seconds} s.`,
    zh: `${WRONG.zh}失败次数过多，请 ${seconds} 秒后再试。`,
  };
}

let lastSweep = 0;
/** At most hourly, from a sign-in: drop expired sessions and idle buckets (a day untouched: full again). */
function sweep(db: Db) {
  if (Date.now() - lastSweep < 3_600_000) return;
  lastSweep = Date.now();
  Promise.all([deleteExpiredSessions(db), deleteIdleBuckets(db, 86_400)]).catch((e) =>
    console.error(`[nabla] housekeeping failed: ${(e as Error).message}`),
  );
}

export type Attempt = { ok: true; user: SessionUser } | { ok: false; retryAfterSeconds?: number };

/** The bucket key of a username: its lower case, for a name that could exist (else none). */
function nameKey(username: string): string | null {
  return usernameProblem(username) ? null : `signin:user:${username.toLowerCase()}`;
}

/**
 * Check a username and password behind the rate limits. Unknown names spend the time of a real
 * check; a password that no account can have (longer than any allowed) is never hashed.
 */
export async function attemptSignIn(
  db: Db,
  input: { username: string; password: string; address: string },
  rules = signInRulesFromEnv(),
): Promise<Attempt> {
  sweep(db);
  const addressKey = `signin:addr:${input.address}`;
  const userKey = nameKey(input.username);
  const byAddress = await takeToken(db, addressKey, rules.address);
  if (!byAddress.ok) return { ok: false, retryAfterSeconds: byAddress.retryAfterSeconds };
  if (userKey) {
    const byName = await takeToken(db, userKey, rules.user);
    if (!byName.ok) return { ok: false, retryAfterSeconds: byName.retryAfterSeconds };
  }
  const user = userKey ? await findUserByName(db, input.username) : undefined;
  const plausible = input.password.length > 0 && input.password.length <= PASSWORD_MAX;
  const ok = user && plausible ? await verifyPassword(input.password, user.passwordHash) : await verifyNothing(plausible ? input.password : '');
  if (!user || !ok) return { ok: false };
  await returnToken(db, addressKey, rules.address);
  if (userKey) await returnToken(db, userKey, rules.user);
  return { ok: true, user: { id: user.id, username: user.username, role: user.role } };
}

/** Sign the browser in with a new session; the session it had before (if any) is deleted. */
export async function startSession(db: Db, event: { cookies: Cookies; url: URL; locals: App.Locals }, userId: number): Promise<void> {
  if (event.locals.sessionId) await deleteSession(db, event.locals.sessionId);
  const session = await createSession(db, userId);
  setSessionCookie(event.cookies, session.token, session.expiresAt, event.url.protocol === 'https:');
}

export const FORM_TOO_LARGE: LocalizedText = { en: 'The form is too large.', zh: '表单内容过大。' };
export const FORM_UNREADABLE: LocalizedText = { en: 'The form could not be read.', zh: '无法读取表单。' };

/**
 * The text fields of a posted form, or the form failure to answer (413 too large, 400 unreadable).
 * A file where text was expected reads as an empty string.
 */
export async function readFields<K extends string>(request: Request, names: readonly K[]) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch (e) {
    const status = (e as { status?: number }).status === 413 ? 413 : 400;
    return { failure: fail(status, { message: status === 413 ? FORM_TOO_LARGE : FORM_UNREADABLE }) } as const;
  }
  const fields = {} as Record<K, string>;
  for (const n of names) {
    const v = form.get(n);
    fields[n] = typeof v === 'string' ? v : '';
  }
  return { fields } as const;
}

/** What a form may show back of a name it was sent: at most 64 characters. */
export function echo(username: string): string {
  return username.slice(0, 64);
}

export type ClientAddressEvent = Pick<RequestEvent, 'getClientAddress'>;

/** The client's address (adapter-node: ADDRESS_HEADER/XFF_DEPTH behind a proxy). */
export function clientAddress(event: ClientAddressEvent): string {
  try {
    return event.getClientAddress();
  } catch {
    return 'unknown';
  }
}

const PROBLEMS_ZH: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^a username is required$/, () => '请填写用户名。'],
  [/^a username is 2 to 32/, () => '用户名为 2 到 32 个字母、数字、点、短横线或下划线，以字母或数字开头。'],
  [/^a password is required$/, () => '请填写密码。'],
  [/^a password needs at least (\d+)/, (m) => `密码至少需要 ${m[1]} 个字符。`],
  [/^a password has at most (\d+)/, (m) => `密码最多 ${m[1]} 个字符。`],
  [/^a password cannot contain a NUL/, () => '密码不能包含 NUL 字符。'],
  [/^the username '(.*)' is taken$/, (m) => `用户名“${m[1]}”已被占用。`],
];

/** An AccountError's message (users.ts, English, shared with the CLI) for the form, in both languages. */
export function problemText(message: string): LocalizedText {
  const en = message.charAt(0).toUpperCase() + message.slice(1) + '.';
  for (const [re, zh] of PROBLEMS_ZH) {
    const m = message.match(re);
    if (m) return { en, zh: zh(m) };
  }
  return { en, zh: en };
}
