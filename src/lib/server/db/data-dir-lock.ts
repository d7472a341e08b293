// One process owns an embedded database's folder: PGlite has no server in front of it, so two
// processes writing the same files would corrupt them. The lock is a file holding the owner's
// pid; a lock whose process is gone (a crash, SIGKILL) is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirInUse extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const heldHere = new Set<string>();

/** Take the folder's lock or throw DataDirInUse; returns the release function. */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'nabla.lock');
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      heldHere.add(file);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 3) throw e;
      const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (pid && (pid === process.pid ? heldHere.has(file) : alive(pid))) {
        throw new DataDirInUse(
          `the data folder ${dir} is in use by another Nabla process (pid ${pid}). Stop that process, or give this one ` +
            `its own folder with NABLA_DATA_DIR (or a PostgreSQL server with DATABASE_URL).`,
        );
      }
      rmSync(file, { force: true }); // left by a process that is gone
    }
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    heldHere.delete(file);
    try {
      if (Number.parseInt(readFileSync(file, 'utf8'), 10) === process.pid) rmSync(file, { force: true });
    } catch {
      /* already gone */
    }
  };
  process.once('exit', release);
  return release;
}
