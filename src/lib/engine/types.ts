// The report: one JSON shape for every caller (CLI, server, browser worker, CI).
// Values inside a report (input, expected, got) are encoded with `codec.ts` so that
// NaN, ±Infinity, −0 and undefined survive JSON.
//
// Languages. A report carries its words in English and Chinese side by side: `name` and
// `message` are English, `nameZh` and `messageZh` the same in Chinese (check names from the
// grader, messages from the catalog in protocol/messages.ts); a recognised mistake's `hint` is
// `{ en, zh }`. Why parallel fields rather than `{ en, zh }` objects: every reader that only
// knows English (stored reports, CSV exports, instructor views, `.name` in a script) keeps
// working unchanged, and reports stored before Chinese existed are simply reports without the
// `*Zh` fields. The edges (results panel, CLI `--lang`, API `?lang=`) call
// `localizeReport(report, lang)` (engine/localize.ts): one language in `name`/`message`, the
// `*Zh` fields gone, English wherever no Chinese exists.

import type { ConsoleOutput } from '../protocol/console-output';

export type { ConsoleOutput };

export type Status = 'pass' | 'fail' | 'error';

/** What a check is, as shown to the learner. */
export type CheckKind =
  | 'example' // visible: input and expected value shown
  | 'hidden' // fixed case, input not shown
  | 'edge' // hidden edge case the catalog names
  | 'random' // generated from the recorded seed
  | 'property' // a law the output must obey (rows sum to 1, …)
  | 'error' // the function must throw an Error naming a word
  | 'mutation' // arguments must not be changed
  | 'calls' // calls of function arguments (randn, gradFn, f)
  | 'exports'; // the module exports what the exercise asks

export type CheckStatus = 'pass' | 'fail' | 'error' | 'skipped';

/** A location in a value: array indexes and object keys, outermost first. */
export type ValuePath = (string | number)[];

export interface CheckResult {
  /** Stable id: survives edits of the exercise so progress history stays meaningful. */
  id: string;
  /** In English; `nameZh` in Chinese when the grader gives one. */
  name: string;
  nameZh?: string;
  kind: CheckKind;
  status: CheckStatus;
  /** What is wrong, in words a learner can act on, in English; `messageZh` in Chinese. Absent on pass. */
  message?: string;
  messageZh?: string;
  /** The export the check called (or `run` for a driver script). */
  fn?: string;
  /** Visible checks only: the arguments, the expected and the returned value (codec-encoded). */
  input?: unknown[];
  expected?: unknown;
  got?: unknown;
  /** Cells that are wrong (paths into `got`), for highlighting; capped. */
  wrong?: ValuePath[];
  /** Largest absolute error among numeric cells, when numbers were compared. */
  maxError?: number;
  /** Source location of an error thrown by the learner's code. */
  line?: number;
  column?: number;
  timeMs?: number;
}

export interface MistakeMatch {
  /** The known mistake's name (in reference/<id>/mistakes.ts, or its file name under mistakes/). */
  id: string;
  hint: LocalizedText;
  /** Fraction of the failing checks the variant touches on which the submission behaves like it. */
  agreement: number;
  /** Failing checks the mistake explains (the submission fails them the way the variant does). */
  explains?: string[];
  /** Failing checks the mistake does not explain: another slip, told apart from the named one. */
  unexplained?: string[];
  /** 'loose': the values agree only in kind (NaN vs Infinity, a slightly different epsilon). */
  closeness?: 'exact' | 'loose';
  /** The mistake comes from the cross-exercise library (src/lib/server/common-mistakes.ts). */
  common?: true;
}

/**
 * What the difference between a learner's output and the expected one looks like, when one
 * pattern explains every number of a check ("every value is ½ of the expected one"), or a
 * generic rule holds over several checks (an argument changed in place, a wrong default).
 */
export interface Diagnosis {
  /** The pattern's kind: 'factor', 'complement', 'transposed', 'shifted', 'non-finite', … */
  pattern: string;
  text: LocalizedText;
  /** The failing checks it describes. */
  checks: string[];
}

export interface LocalizedText {
  en: string;
  zh?: string;
}

export interface SubmissionError {
  kind: 'syntax' | 'load' | 'timeout' | 'memory' | 'stack' | 'internal';
  message: string;
  messageZh?: string;
  line?: number;
  column?: number;
}

export interface Report {
  exercise: string;
  status: Status;
  /** Passed checks ÷ all checks, 0..1. */
  score: number;
  passed: number;
  total: number;
  /** 'run' grades the visible examples only; 'submit' grades everything. */
  mode: 'run' | 'submit';
  /** Seed of the randomized checks: `--seed` reproduces them. */
  seed: number;
  /** The submission could not be graded at all (syntax error, module threw, limits at load). */
  error?: SubmissionError;
  checks: CheckResult[];
  mistake?: MistakeMatch;
  /** Generic diagnoses of failing checks no named mistake explains (never contradicting `mistake`). */
  diagnoses?: Diagnosis[];
  console: ConsoleOutput;
  timings: {
    /** Whole grading, wall clock. */
    totalMs: number;
    /** Time spent inside QuickJS running learner code (load + calls). */
    sandboxMs: number;
    /** Creating the sandbox (runtime, context, prelude). */
    setupMs: number;
  };
  /** Only from a run under a fast-lane budget (GradeRequest.budgetMs) that hit it: the server grades it again. */
  budgetExceeded?: true;
}
