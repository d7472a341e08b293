// GET /healthz: the process is alive and serving (for process managers and load balancers).
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => new Response('ok\n', { headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' } });
