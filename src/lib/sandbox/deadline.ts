// Deadlines for every entry into QuickJS. Time limits are wall-clock (all a browser can
// measure), but learner code only burns CPU: on a loaded machine a thread that got a fraction
// of a core has its deadlines stretched by that fraction (CPU-starvation stretching), so a
// correct solution does not fail because the machine is busy. The interrupt handler of the
// QuickJS runtime asks `expired()` and must be re-armed before each eval, call and job run.
import type { SandboxLimits } from '../protocol/limits';

/** Milliseconds of CPU time used by the calling thread so far. */
export type ThreadClock = () => number;

/**
 * How far a deadline may stretch: a thread that got less than 60% of a core since the
 * submission began has its deadlines stretched by 1/share, up to this factor.
 */
export const MAX_DEADLINE_STRETCH = 4;

export class Deadline {
  private deadline = 0;
  /** When and with what budget the current deadline was armed (to stretch it). */
  private armedAt = 0;
  private armedBudget = 0;
  private armedForSubmission = true;
  /** Wall clock and thread CPU time when the submission began (the share of a core it gets). */
  private startedWall = 0;
  private startedCpu = 0;
  private submissionDeadline = 0;
  /** Set when the interrupt handler stopped QuickJS since the last arming. */
  interrupted = false;

  /**
   * @param threadClock CPU time of the calling thread, where the platform can tell (see
   *   `threadCpuClock` in node.ts): deadlines then forgive time spent waiting for a core.
   */
  constructor(
    private readonly limits: Pick<SandboxLimits, 'timeMs'>,
    private readonly threadClock?: ThreadClock,
  ) {
    this.startSubmission();
  }

  /** A submission begins: its whole-submission clock starts now. */
  startSubmission() {
    this.startedWall = Date.now();
    this.startedCpu = this.threadClock?.() ?? 0;
    this.submissionDeadline = this.startedWall + this.limits.timeMs;
  }

  /** For the runtime's interrupt handler: true when QuickJS must stop now. */
  expired(): boolean {
    if (Date.now() > this.deadline && !this.stretchForStarvation()) {
      this.interrupted = true;
      return true;
    }
    return false;
  }

  /** Arm a deadline for learner code: `budgetMs` from now, never past the submission's own. */
  arm(budgetMs: number) {
    this.armedAt = Date.now();
    this.armedBudget = budgetMs;
    this.armedForSubmission = true;
    this.deadline = Math.min(this.armedAt + budgetMs, this.submissionDeadline);
    this.interrupted = false;
  }

  /** A deadline for the harness reading what learner code left (console, a thrown value). */
  armHarness(budgetMs: number) {
    this.armedAt = Date.now();
    this.armedBudget = budgetMs;
    this.armedForSubmission = false;
    this.deadline = this.armedAt + budgetMs;
    this.interrupted = false;
  }

  submissionTimeUsedUp(): boolean {
    if (Date.now() <= this.submissionDeadline) return false;
    this.stretchForStarvation(); // may move the submission's deadline
    return Date.now() > this.submissionDeadline;
  }

  /** Whether the whole submission's time (not just a call's) has run out. */
  get submissionOver(): boolean {
    return Date.now() >= this.submissionDeadline;
  }

  /**
   * At a passed deadline: if this thread got less than 60% of a core since the submission began,
   * stretch the deadlines by 1/share (at most MAX_DEADLINE_STRETCH) and say whether there is
   * time left. Reads the thread's clock only here, when a deadline passes.
   */
  private stretchForStarvation(): boolean {
    if (!this.threadClock) return false;
    const now = Date.now();
    const wall = now - this.startedWall;
    if (wall < 100) return false;
    const share = (this.threadClock() - this.startedCpu) / wall;
    if (share >= 0.6) return false;
    const stretch = Math.min(MAX_DEADLINE_STRETCH, 1 / Math.max(share, 1e-3));
    this.submissionDeadline = Math.max(this.submissionDeadline, this.startedWall + this.limits.timeMs * stretch);
    const call = this.armedAt + this.armedBudget * stretch;
    this.deadline = this.armedForSubmission ? Math.min(call, this.submissionDeadline) : call;
    return now <= this.deadline;
  }
}
