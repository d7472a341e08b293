// npm run users -- <command>: accounts from the command line (the first instructor, resets).
//   add <name> [--instructor]     create an account
//   list                          every account with its role
//   role <name> learner|instructor
//   password <name>               set a new password; the account's sessions end
// A password is read from stdin when stdin is not a terminal (`printf %s "$PW" | npm run users --
// add ada`); on a terminal, or when stdin is empty, one is generated and printed once. Passwords
// are never printed otherwise. Exit 0 ok, 1 failure, 2 usage.
import { randomBytes } from 'node:crypto';
import { AccountError, createUser, findUserByName, listUsers, setPassword, setRole } from '../lib/server/auth/users';
import { type Database, openDatabase, optionsFromEnv } from '../lib/server/db';
import { DataDirInUse } from '../lib/server/db/data-dir-lock';
import { ROLES, type Role } from '../lib/server/db/schema';
import { parseCli, runCommand, UsageError } from './args';

const USAGE = `usage: npm run users -- <command>
  add <name> [--instructor]         create an account (a learner unless --instructor)
  list                              list the accounts and their roles
  role <name> learner|instructor    change an account's role
  password <name>                   set a new password (the account's sessions end)
The password is read from stdin when it is not a terminal (printf %s "$PASSWORD" | npm run users -- add ada);
otherwise a random one is generated and printed once. The database is the server's: NABLA_DATA_DIR
(default ./data, the server must be stopped) or DATABASE_URL.`;

/** A failure to report with exit code 1. */
class Failure extends Error {}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The new password: piped in, or generated (then printed once, and only then). */
async function newPassword(): Promise<{ password: string; generated: boolean }> {
  if (!process.stdin.isTTY) {
    const piped = await readStdin();
    if (piped.length > 0) {
      const password = piped.replace(/\r?\n$/, ''); // what `echo` adds
      if (!password) throw new Failure('the password on stdin is empty');
      return { password, generated: false };
    }
  }
  return { password: randomBytes(18).toString('base64url'), generated: true };
}

async function open(): Promise<Database> {
  try {
    return await openDatabase(optionsFromEnv());
  } catch (e) {
    if (e instanceof DataDirInUse) {
      const pid = /pid (\d+)/.exec(e.message)?.[1];
      throw new Failure(
        `cannot open the database: ${optionsFromEnv().dataDir} is in use by a running Nabla server${pid ? ` (pid ${pid})` : ''}. ` +
          'Stop the server first and run this command again, or use a PostgreSQL server (DATABASE_URL) that the server and this command can share.',
      );
    }
    throw new Failure(`cannot open the database: ${(e as Error).message}`);
  }
}

function roleArg(value: string | undefined): Role {
  if (!value || !(ROLES as readonly string[]).includes(value)) throw new UsageError(`the role is one of: ${ROLES.join(', ')}`);
  return value as Role;
}

await runCommand(USAGE, async () => {
  const { values, positionals } = parseCli(process.argv.slice(2), { instructor: { type: 'boolean' } });
  const [command, ...rest] = positionals;
  const want = (n: number) => {
    if (rest.length !== n) throw new UsageError(`${command} takes ${n === 1 ? 'a name' : n === 2 ? 'a name and a role' : 'no arguments'}`);
  };
  if (values.instructor && command !== 'add') throw new UsageError('--instructor goes with add');
  switch (command) {
    case 'add':
    case 'password':
      want(1);
      break;
    case 'role':
      want(2);
      roleArg(rest[1]);
      break;
    case 'list':
      want(0);
      break;
    case undefined:
      throw new UsageError('a command is needed');
    default:
      throw new UsageError(`unknown command '${command}'`);
  }

  let database: Database | undefined;
  try {
    // The password first: it may be waiting on stdin, and a generated one is made before anything is written.
    const pw = command === 'add' || command === 'password' ? await newPassword() : undefined;
    database = await open();
    const { db } = database;
    const say = (line: string) => process.stdout.write(line + '\n');
    const showGenerated = (name: string) => {
      if (pw?.generated) say(`Password for ${name} (shown only this once): ${pw.password}`);
    };
    switch (command) {
      case 'add': {
        const role: Role = values.instructor ? 'instructor' : 'learner';
        const user = await createUser(db, { username: rest[0], password: pw!.password, role });
        say(`Created ${user.role} ${user.username} in ${database.where}.`);
        showGenerated(user.username);
        return 0;
      }
      case 'password': {
        const user = await findUserByName(db, rest[0]);
        if (!user) throw new Failure(`no account named '${rest[0]}'`);
        await setPassword(db, user.id, pw!.password);
        say(`New password set for ${user.username}; their sessions have ended.`);
        showGenerated(user.username);
        return 0;
      }
      case 'role': {
        const role = roleArg(rest[1]);
        if (!(await setRole(db, rest[0], role))) throw new Failure(`no account named '${rest[0]}'`);
        say(`${rest[0]} is now ${role === 'instructor' ? 'an instructor' : 'a learner'}.`);
        return 0;
      }
      case 'list': {
        const all = await listUsers(db);
        if (!all.length) {
          say(`No accounts yet in ${database.where}. Create one with: npm run users -- add <name> --instructor`);
          return 0;
        }
        const width = Math.max(8, ...all.map((u) => u.username.length));
        say(`${'username'.padEnd(width)}  ${'role'.padEnd(10)}  created`);
        for (const u of all)
          say(`${u.username.padEnd(width)}  ${u.role.padEnd(10)}  ${u.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
        return 0;
      }
    }
    return 2;
  } catch (e) {
    if (e instanceof Failure || e instanceof AccountError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    await database?.close();
  }
});
