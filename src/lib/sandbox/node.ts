// Loading the QuickJS WebAssembly from node_modules and the prelude's files from src (server,
// CLI, tests, CI: they all run from source).
import { openSync, readFileSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { preludeScript } from './prelude-script';
import type { WasmSource } from './quickjs';
import type { ThreadClock } from './deadline';

const require = createRequire(import.meta.url);

let script: string | undefined;

export const nodeWasmSource: WasmSource = {
  wasm: async () => WebAssembly.compile(await readFile(require.resolve('@jitl/quickjs-ng-wasmfile-release-sync/wasm'))),
  preludeScript: () =>
    (script ??= preludeScript(
      readFileSync(new URL('../protocol/wire-codec.js', import.meta.url), 'utf8'),
      readFileSync(new URL('./prelude.js', import.meta.url), 'utf8'),
    )),
};

/**
 * CPU time of the calling thread (Linux: /proc/thread-self/stat, in clock ticks of 10 ms), or
 * undefined where the platform cannot tell. Each worker thread must make its own: the file is
 * opened by and describes the thread that calls this.
 */
export function threadCpuClock(): ThreadClock | undefined {
  let fd: number;
  try {
    fd = openSync('/proc/thread-self/stat', 'r');
  } catch {
    return undefined;
  }
  const buf = Buffer.alloc(1024);
  const ticksMs = 10; // USER_HZ is 100 on every Linux ABI Node supports
  // The clock moves in ticks of 10 ms: a reading younger than one tick is as good as a new one
  // (every sandbox reads it when it starts, and a file read per submission is not free).
  let readAt = -Infinity;
  let last = 0;
  return () => {
    const now = performance.now();
    if (now - readAt < ticksMs) return last;
    const n = readSync(fd, buf, 0, buf.length, 0);
    const text = buf.toString('latin1', 0, n);
    // Fields after the command name (which may contain spaces) — utime and stime are 14th and 15th.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    readAt = now;
    last = (Number(fields[11]) + Number(fields[12])) * ticksMs;
    return last;
  };
}
