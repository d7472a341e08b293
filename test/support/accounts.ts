// Accounts over HTTP, as a browser makes them: the sign-up and sign-in forms (SvelteKit form
// actions, same-origin), returning the session cookie to send with later requests.
import { request } from 'node:http';

export interface Account {
  username: string;
  password: string;
  /** `nabla_session=…`, for a Cookie header. */
  cookie: string;
}

export interface FormResponse {
  status: number;
  location?: string;
  setCookie: string[];
  text: string;
}

/**
 * POST a form as a browser on this site does: with its Origin header (which fetch() does not let
 * a caller set), not following the redirect. `cookie` signs the request in.
 */
export function postForm(base: string, path: string, fields: Record<string, string>, cookie?: string, origin = base): Promise<FormResponse> {
  const body = new URLSearchParams(fields).toString();
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          origin,
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, location: res.headers.location, setCookie: res.headers['set-cookie'] ?? [], text }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function sessionCookie(res: FormResponse): string | undefined {
  for (const c of res.setCookie) {
    const m = /^(nabla_session=[^;]+)/.exec(c);
    if (m && !m[1].endsWith('=')) return m[1];
  }
  return undefined;
}

export async function signUp(base: string, username: string, password = `pw-${username}-secret`): Promise<Account> {
  const res = await postForm(base, '/signup', { username, password });
  const cookie = sessionCookie(res);
  if (!cookie) throw new Error(`sign-up of ${username} failed: ${res.status} ${res.text}`);
  return { username, password, cookie };
}

export async function signIn(base: string, username: string, password: string): Promise<Account> {
  const res = await postForm(base, '/signin', { username, password });
  const cookie = sessionCookie(res);
  if (!cookie) throw new Error(`sign-in of ${username} failed: ${res.status} ${res.text}`);
  return { username, password, cookie };
}
