// Process shutdown. On SIGTERM/SIGINT adapter-node stops accepting connections, closes idle ones,
// lets the requests in flight finish (at most SHUTDOWN_TIMEOUT s) and then emits
// 'sveltekit:shutdown'; here the shutdown hooks run (grading workers, database) and the process
// exits 0. Gradings still running NABLA_SHUTDOWN_GRACE_MS (default 5 s) after the signal are
// stopped (`onDrain`): their requests are answered 503 and stored submissions stay
// `queued`/`grading` in the database, to be graded at the next start. Whatever happens, the
// process is gone 15 s after the signal (exit 1 if the hooks did not finish by then).
const hooks: (() => Promise<void>)[] = [];
const drains: (() => Promise<void>)[] = [];

/** Run `fn` at shutdown (last registered, first run). */
export function onShutdown(fn: () => Promise<void>) {
  hooks.unshift(fn);
}

/** Run `fn` when the grace period after the signal is over (stop long work so requests end). */
export function onDrain(fn: () => Promise<void>) {
  drains.push(fn);
}

export function graceMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.NABLA_SHUTDOWN_GRACE_MS);
  return Number.isFinite(v) && v >= 0 && env.NABLA_SHUTDOWN_GRACE_MS !== '' ? v : 5_000;
}

let installed = false;
export function installShutdown(forceMs = 15_000, drainMs = graceMsFromEnv()) {
  if (installed) return;
  installed = true;
  let signalled = false;
  const onSignal = () => {
    if (signalled) return;
    signalled = true;
    setTimeout(() => {
      console.error('[nabla] shutdown took too long; exiting');
      process.exit(1);
    }, forceMs).unref();
    setTimeout(
      () => {
        for (const fn of drains) fn().catch((e) => console.error('[nabla] during shutdown:', e));
      },
      Math.min(drainMs, forceMs),
    ).unref();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
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
