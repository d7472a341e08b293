// Process shutdown: on SIGTERM/SIGINT adapter-node stops accepting connections, lets the
// requests in flight finish (SHUTDOWN_TIMEOUT) and then emits 'sveltekit:shutdown'; here the
// grading workers and the database are closed and the process exits 0. Work that was accepted
// but not graded stays `queued` in the database and is graded at the next start.
const hooks: (() => Promise<void>)[] = [];

/** Run `fn` at shutdown (last registered, first run). */
export function onShutdown(fn: () => Promise<void>) {
  hooks.unshift(fn);
}

let installed = false;
export function installShutdown(graceMs = 15_000) {
  if (installed) return;
  installed = true;
  const force = () => {
    setTimeout(() => {
      console.error('[nabla] shutdown took too long; exiting');
      process.exit(1);
    }, graceMs).unref();
  };
  process.once('SIGTERM', force);
  process.once('SIGINT', force);
  process.once('sveltekit:shutdown' as 'SIGTERM', async () => {
    for (const fn of hooks) {
      try {
        await fn();
      } catch (e) {
        console.error('[nabla] during shutdown:', e);
      }
    }
    process.exit(0);
  });
}
