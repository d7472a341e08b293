import { defineGrader, type GraderText } from '../src/lib/engine/grader';
import { text } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

// Single steps from fresh and mid-run states, and runs of several steps through a driver that
// feeds the learner's own θ and state back (so a state stored wrongly shows up at the next
// step). Which known mistake a learner made is recognised from reference/unbiased-momentum/mistakes.ts.

type Vec = number[];
type State = { u: Vec; t: number };
type Step = { theta: Vec; state: State };

/** A run: one call per gradient, the learner's returned θ and state fed back. */
const RUN = `(m, theta, grads, state, lr, beta) => {
  const path = [];
  let th = theta;
  let s = state;
  for (const g of grads) {
    const r = m.unbiasedMomentumStep(th, g, s, lr, beta);
    path.push(r);
    th = r.theta;
    s = r.state;
  }
  return path;
}`;

const fresh = (n: number): State => ({ u: new Array(n).fill(0), t: 0 });

/** With a constant gradient g from a fresh state, every step moves θ by exactly lr·g. */
function constantStep({ got, args }: { got: unknown; args: unknown[] }): GraderText | null {
  const [theta, grads, , lr] = args as [Vec, Vec[], State, number];
  const path = got as Step[];
  if (!Array.isArray(path) || path.length !== grads.length) return null; // the value comparison reports the shape
  let prev = theta;
  for (let k = 0; k < path.length; k++) {
    const th = path[k]?.theta;
    if (!Array.isArray(th) || th.length !== prev.length) return null;
    for (let i = 0; i < th.length; i++) {
      const moved = prev[i] - th[i];
      const want = lr * grads[k][i];
      if (!(Math.abs(moved - want) <= 1e-9 + 1e-6 * Math.abs(want))) {
        return text(
          `with a constant gradient, step ${k + 1} should move θ[${i}] by exactly lr·g = ${want}, but it moved by ${moved}`,
          `梯度不变时，第 ${k + 1} 步应使 θ[${i}] 恰好移动 lr·g = ${want}，但实际移动了 ${moved}`,
        );
      }
    }
    prev = th;
  }
  return null;
}

function randomState(rng: Rng, n: number): State {
  return rng.random() < 0.3 ? fresh(n) : { u: rng.vector(n, -1, 1), t: rng.int(1, 30) };
}

export default defineGrader({
  checks: [
    {
      id: 'first-step',
      kind: 'example',
      name: text('the worked example, step 1: θ = [1, −2], g = [0.5, 1], fresh state, lr = 0.1, β = 0.9', '例子第 1 步：θ = [1, −2]，g = [0.5, 1]，初始状态，lr = 0.1，β = 0.9'),
      call: 'unbiasedMomentumStep',
      args: [[1, -2], [0.5, 1], fresh(2), 0.1, 0.9],
    },
    {
      id: 'second-step',
      kind: 'example',
      name: text('the worked example, step 2: g = [1, −1] from u = [0.05, 0.1], t = 1', '例子第 2 步：从 u = [0.05, 0.1]、t = 1 出发，g = [1, −1]'),
      call: 'unbiasedMomentumStep',
      args: [[0.95, -2.1], [1, -1], { u: [0.05, 0.1], t: 1 }, 0.1, 0.9],
    },
    {
      id: 'run-five',
      kind: 'example',
      name: text('five steps in a row, each fed the previous θ and state (β = 0.8, lr = 0.5)', '连续五步，每步接收上一步的 θ 和状态（β = 0.8，lr = 0.5）'),
      run: RUN,
      args: [[0.3, -1.2, 2], [[1, -0.5, 0.25], [0.5, 0.5, -1], [-2, 1, 0], [0.1, -0.3, 0.7], [1.5, 2, -0.5]], fresh(3), 0.5, 0.8],
    },
    {
      id: 'mid-run',
      kind: 'hidden',
      name: text('a step from the middle of a run: t = 4, non-zero u, β = 0.5', '运行中途的一步：t = 4，u 非零，β = 0.5'),
      call: 'unbiasedMomentumStep',
      args: [[2, -3, 0.5, 1], [-0.4, 1.2, 3, -0.7], { u: [0.6, -0.2, 1.1, 0.3], t: 4 }, 0.05, 0.5],
    },
    {
      id: 'resume-run',
      kind: 'hidden',
      name: text('four steps resumed from t = 2 with β = 0.3', '从 t = 2 继续运行四步，β = 0.3'),
      run: RUN,
      args: [[1.5, -0.5], [[0.2, -0.9], [1.1, 0.4], [-0.6, 0.3], [0.05, -2]], { u: [-0.3, 0.8], t: 2 }, 0.2, 0.3],
    },
    {
      id: 'beta-zero',
      kind: 'edge',
      name: text('β = 0: plain gradient descent, θ − lr·g', 'β = 0：普通梯度下降，θ − lr·g'),
      run: RUN,
      args: [[1, 2, -3], [[0.5, -1, 2], [3, 0.25, -0.5]], fresh(3), 0.1, 0],
    },
    {
      id: 'late-step',
      kind: 'edge',
      name: text('a late step (t = 200): the correction is almost 1', '很晚的一步（t = 200）：修正因子几乎为 1'),
      call: 'unbiasedMomentumStep',
      args: [[0.7, -0.1], [0.3, -2.5], { u: [0.2, -1.4], t: 200 }, 0.01, 0.9],
    },
    {
      id: 'one-parameter',
      kind: 'edge',
      name: text('a single parameter, β = 0.99 (the first step divides by 0.01)', '只有一个参数，β = 0.99（第一步除以 0.01）'),
      run: RUN,
      args: [[5], [[2], [-1], [4]], fresh(1), 0.3, 0.99],
    },
    {
      id: 'constant-gradient',
      kind: 'property',
      name: text('a constant gradient moves θ by exactly lr·g at every step', '梯度不变时，每一步都使 θ 恰好移动 lr·g'),
      run: RUN,
      args: [[1, -1, 0.5], Array.from({ length: 6 }, () => [0.4, -1.5, 2.5]), fresh(3), 0.2, 0.75],
      property: constantStep,
    },
    {
      id: 'random-step',
      kind: 'random',
      name: text('random single steps', '随机的单步'),
      call: 'unbiasedMomentumStep',
      count: 8,
      generate: (rng) => {
        const n = rng.int(1, 5);
        return [rng.vector(n, -3, 3), rng.vector(n, -2, 2), randomState(rng, n), rng.uniform(0.01, 0.5), rng.pick([0, 0.5, 0.9, 0.99, rng.uniform(0, 0.95)])];
      },
    },
    {
      id: 'random-run',
      kind: 'random',
      name: text('random runs of several steps', '随机的多步运行'),
      run: RUN,
      count: 6,
      generate: (rng) => {
        const n = rng.int(1, 4);
        const steps = rng.int(2, 7);
        return [rng.vector(n, -3, 3), Array.from({ length: steps }, () => rng.vector(n, -2, 2)), randomState(rng, n), rng.uniform(0.01, 0.5), rng.uniform(0.1, 0.95)];
      },
    },
  ],
});
