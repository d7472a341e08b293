// What the learner's console.log printed during a grading, as the sandbox hands it back.

export interface ConsoleOutput {
  lines: string[];
  /** Lines dropped after the cap. */
  dropped: number;
}
