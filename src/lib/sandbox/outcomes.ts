// What the sandbox answers: the outcome of loading learner code and of each call, and the
// limits that can stop either. The engine grades with these; nothing here touches QuickJS.

export interface ThrownError {
  name: string;
  message: string;
  /** An Error (or subclass) instance, not a thrown string or object. */
  isError: boolean;
  line?: number;
  column?: number;
}

export type LimitKind = 'time' | 'memory' | 'stack' | 'crashed';

export type CallOutcome =
  | { kind: 'value'; value: unknown; mutated: { index: number; after: unknown }[]; timeMs: number }
  | { kind: 'threw'; error: ThrownError; timeMs: number }
  | { kind: 'invalid'; message: string; messageZh: string; timeMs: number }
  | { kind: 'missing'; found: string; timeMs: number }
  | { kind: 'limit'; limit: LimitKind; message: string; messageZh: string; timeMs: number };

export type LoadOutcome =
  | { ok: true; exports: Record<string, string>; timeMs: number }
  | {
      ok: false;
      kind: 'syntax' | 'load' | LimitKind;
      /** In English; `messageZh` in Chinese (protocol/messages.ts). */
      message: string;
      messageZh: string;
      line?: number;
      column?: number;
      timeMs: number;
    };

/** What a call runs: an export of the learner's module, or a grader's driver function `(m, ...args) => …`. */
export type CallTarget = { export: string } | { driver: string };
