// The sandbox's public face: a QuickJS runtime + context per submission, learner code loaded
// as the ES module `solution.js`, every entry into QuickJS under a deadline. The rooms:
//   sandbox-engine.ts   the spare-sandbox engine (one QuickJS module, a fresh sandbox per submission)
//   quickjs-sandbox.ts  one sandbox: load, call, console; the facts it is built around
//   deadline.ts         deadlines and CPU-starvation stretching
//   failures.ts         telling limits from errors, and their messages
//   outcomes.ts         what loads and calls answer
//   prelude.js          the trusted code inside QuickJS (with protocol/wire-codec.js)
export { SandboxEngine } from './sandbox-engine';
export { Sandbox } from './quickjs-sandbox';
export { MAX_DEADLINE_STRETCH, type ThreadClock } from './deadline';
export { SOLUTION_FILE } from './failures';
export type { CallOutcome, CallTarget, LimitKind, LoadOutcome, ThrownError } from './outcomes';
