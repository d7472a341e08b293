// Tiny argument parsing shared by the CLI commands (node:util's parseArgs does the work).
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Run a command: usage problems exit 2, anything unexpected exits 2 too, with the message. */
export async function runCommand(usage: string, main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n\n${usage}\n`);
    } else {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    }
    process.exitCode = 2;
  }
}
