// Password hashing with scrypt (memory-hard, in node:crypto, so no native add-on to build):
// N = 2^15, r = 8, p = 1 — 32 MiB and roughly 50–100 ms per hash on one core, OWASP's floor.
// Stored as `scrypt$N$r$p$salt$hash` (base64) so the parameters can rise later.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, o: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...o, maxmem: 256 * o.N * o.r };
  return new Promise((res, rej) => scrypt(password.normalize('NFKC'), salt, KEY_BYTES, options, (e, key) => (e ? rej(e) : res(key))));
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const want = Buffer.from(key, 'base64');
  const got = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return got.length === want.length && timingSafeEqual(got, want);
}

let dummy: Promise<string> | undefined;
/** Spend the time of a real verification, for unknown usernames (no enumeration by timing). */
export async function verifyNothing(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(12).toString('base64'));
  await verifyPassword(password, await dummy);
  return false;
}

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

/** A problem with a new password, or null. */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string') return 'a password is required';
  if (password.length < PASSWORD_MIN) return `a password needs at least ${PASSWORD_MIN} characters`;
  if (password.length > PASSWORD_MAX) return `a password has at most ${PASSWORD_MAX} characters`;
  if (password.includes('\0')) return 'a password cannot contain a NUL character';
  return null;
}
