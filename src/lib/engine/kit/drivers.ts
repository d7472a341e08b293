// Driver strings (run inside the sandbox with the learner's module `m`) for iterated updates.

/**
 * A driver that calls one update `steps` times, feeding the state fields back and recording a copy
 * of them after every step; it returns the path, one `{ field: value }` per step. `params` are the
 * driver's parameters after `m` (one of them `steps`), `step` the call, `state` the fields of its
 * result to feed back (each also a parameter):
 *
 *   stepPathDriver({ params: 'theta, gradFn, v, lr, steps', step: 'm.momentumStep(theta, gradFn(theta), v, lr)', state: ['theta', 'v'] })
 */
export function stepPathDriver({ params, step, state }: { params: string; step: string; state: string[] }): string {
  const feed = state.map((s) => `    ${s} = r.${s};\n`).join('');
  const record = state.map((s) => `${s}: Array.isArray(${s}) ? ${s}.slice() : ${s}`).join(', ');
  return `(m, ${params}) => {
  const path = [];
  for (let k = 0; k < steps; k++) {
    const r = ${step};
${feed}    path.push({ ${record} });
  }
  return path;
}`;
}
