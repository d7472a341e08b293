// `npm test` needs two programs from Debian: PostgreSQL (the storage tests start a real server)
// and Chromium (browser tests). Run before the tests (npm's pretest): missing ones are installed
// with apt-get when this runs as root, otherwise the exact command is printed and the run stops.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { userInfo } from 'node:os';

const hasPostgres = () =>
  existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
const hasChromium = () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

const missing = [...(hasPostgres() ? [] : ['postgresql']), ...(hasChromium() ? [] : ['chromium'])];
if (missing.length) {
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (userInfo().uid !== 0 || !existsSync('/usr/bin/apt-get')) {
    process.stderr.write(`The tests need Debian's ${missing.join(' and ')}. Install with:\n  sudo sh -c '${command}'\n`);
    process.exit(1);
  }
  process.stdout.write(`Installing what the tests need: ${missing.join(', ')}\n`);
  const r = spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
