// The visible examples as the server sends them to the browser's Run worker: arguments and
// precomputed outcomes in wire form, never the reference.
import type { Wire } from './codec';
import type { Tolerance } from './tolerance';
import type { SandboxLimits } from './limits';

export type WireOutcome = { kind: 'value'; value: Wire } | { kind: 'threw'; name: string; message: string; isError: boolean };

/** A grader's words: English, or English and Chinese (GraderText in engine/grader.ts). */
export type ExampleText = string | { en: string; zh: string };

export interface BrowserExample {
  id: string;
  name: ExampleText;
  call?: string;
  run?: string;
  args: Wire[];
  tolerance?: Partial<Tolerance>;
  nonFiniteHint?: ExampleText;
  outcome: WireOutcome;
}

export interface BrowserExamples {
  tolerance?: Partial<Tolerance>;
  limits?: Partial<SandboxLimits>;
  checks: BrowserExample[];
}
