import { compareValues } from '../src/lib/engine/compare';
import { defineGrader } from '../src/lib/engine/grader';
import { softmaxShift } from '../src/lib/engine/kit';
import type { Rng } from '../src/lib/engine/random';

const SHIFT = softmaxShift({ en: 'logit', zh: 'logit' });
/** Where the logits stay small, NaN comes from reading past the end of a vector (undefined × number). */
const LENGTHS =
  { en: 'a NaN with small weights means a product read past the end of a vector (undefined × number = NaN): check the length of every vector you multiply: each state has the n_a entries of its own direction or layer (starting from n_a zeros), and layer i reads the activations of layer i − 1', zh: '权重很小却出现 NaN，说明某个乘积读到了向量末尾之外（undefined × number = NaN）：检查每个参与乘法的向量的长度：每个状态有它自己方向或层的 n_a 个元素（从 n_a 个零开始），第 i 层读取第 i − 1 层的激活值' };

interface Cell {
  Waa: number[][];
  Wax: number[][];
  ba: number[];
}

/** One direction or layer: n_a units reading inputs of width nIn. */
function cell(rng: Rng, nIn: number, na: number, scale = 1): Cell {
  return {
    Waa: rng.matrix(na, na, -scale, scale),
    Wax: rng.matrix(na, nIn, -scale, scale),
    ba: rng.vector(na, -0.5, 0.5),
  };
}

/** Arguments of bidirectionalRnn: T steps of width nx, nF forward and nB backward units, ny classes. */
function biArgs(rng: Rng, T: number, nx: number, nF: number, nB: number, ny: number): unknown[] {
  return [rng.matrix(T, nx, -2, 2), cell(rng, nx, nF), cell(rng, nx, nB), rng.matrix(ny, nF + nB, -2, 2), rng.vector(ny, -0.5, 0.5)];
}

/** A stack of layers with the given widths, the first reading inputs of width nx. */
function stack(rng: Rng, nx: number, widths: number[]): Cell[] {
  return widths.map((w, i) => cell(rng, i === 0 ? nx : widths[i - 1], w));
}

/** T one-hot rows of width n. */
function oneHots(rng: Rng, T: number, n: number): number[][] {
  return Array.from({ length: T }, () => {
    const row = new Array(n).fill(0);
    row[rng.int(0, n - 1)] = 1;
    return row;
  });
}

const XS = [[1], [0], [2]];
const FORWARD: Cell = { Waa: [[0.5]], Wax: [[1]], ba: [0] };
const BACKWARD: Cell = { Waa: [[0.5]], Wax: [[-1]], ba: [0] };
const LAYER2: Cell = { Waa: [[0.5, 0], [0, 0]], Wax: [[1], [-1]], ba: [0, 0.5] };

export default defineGrader({
  checks: [
    // ---- bidirectionalRnn ----
    {
      id: 'bi-worked-example',
      kind: 'example',
      name: { en: 'three steps, one unit per direction, Wy = I (the worked example)', zh: '三个时间步，每个方向一个单元，Wy = I（题中例子）' },
      call: 'bidirectionalRnn',
      args: [XS, FORWARD, BACKWARD, [[1, 0], [0, 1]], [0, 0]],
      nonFiniteHint: LENGTHS,
    },
    {
      id: 'bi-different-widths',
      kind: 'example',
      name: { en: 'four steps, 2 forward units, 1 backward unit, 3 classes', zh: '四个时间步，2 个前向单元、1 个后向单元、3 个类别' },
      call: 'bidirectionalRnn',
      args: [
        [[1, 0], [0, 1], [1, 1], [0, 0]],
        { Waa: [[0.5, 0], [0, -0.5]], Wax: [[1, 0], [0, 1]], ba: [0, 0.1] },
        { Waa: [[0.8]], Wax: [[1, -1]], ba: [0.2] },
        [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
        [0, 0, 0],
      ],
      nonFiniteHint: LENGTHS,
    },
    {
      id: 'bi-one-step',
      kind: 'edge',
      name: { en: 'a sequence of one step (T = 1): both directions read the same single input', zh: '只有一个时间步的序列（T = 1）：两个方向读取同一个输入' },
      call: 'bidirectionalRnn',
      generate: (rng) => biArgs(rng, 1, 3, 2, 2, 3),
      nonFiniteHint: LENGTHS,
    },
    {
      id: 'bi-backward-only',
      kind: 'edge',
      name: { en: 'Wy reads only the backward states (forward columns zero): ŷ<t> must use a←<t> of time t', zh: 'Wy 只读取后向状态（前向列为零）：ŷ<t> 必须使用时刻 t 的 a←<t>' },
      call: 'bidirectionalRnn',
      generate: (rng) => {
        const [xs, pF, pB, , by] = biArgs(rng, 5, 2, 2, 3, 3);
        const Wy = rng.matrix(3, 5, -2, 2).map((row) => row.map((v, j) => (j < 2 ? 0 : v)));
        return [xs, pF, pB, Wy, by];
      },
      nonFiniteHint: LENGTHS,
    },
    {
      id: 'bi-forward-only',
      kind: 'edge',
      name: { en: 'Wy reads only the forward states (backward columns zero)', zh: 'Wy 只读取前向状态（后向列为零）' },
      call: 'bidirectionalRnn',
      generate: (rng) => {
        const [xs, pF, pB, , by] = biArgs(rng, 4, 2, 3, 2, 2);
        const Wy = rng.matrix(2, 5, -2, 2).map((row) => row.map((v, j) => (j < 3 ? v : 0)));
        return [xs, pF, pB, Wy, by];
      },
      nonFiniteHint: LENGTHS,
    },
    {
      id: 'bi-saturated-logits',
      kind: 'edge',
      name: { en: 'output logits near ±1000 (the softmax must be stable)', zh: '输出 logits 接近 ±1000（softmax 必须数值稳定）' },
      call: 'bidirectionalRnn',
      generate: (rng) => {
        const args = biArgs(rng, 4, 2, 2, 2, 3);
        args[4] = [1000, -1000, 999];
        return args;
      },
      nonFiniteHint: SHIFT,
    },
    {
      id: 'bi-one-hot-sentence',
      kind: 'hidden',
      name: { en: 'seven one-hot words, vocabulary of 5, 3 forward and 4 backward units, 4 classes', zh: '七个 one-hot 词，词表大小 5，3 个前向单元和 4 个后向单元，4 个类别' },
      call: 'bidirectionalRnn',
      generate: (rng) => [oneHots(rng, 7, 5), cell(rng, 5, 3), cell(rng, 5, 4), rng.matrix(4, 7, -2, 2), rng.vector(4, -0.5, 0.5)],
      nonFiniteHint: LENGTHS,
    },
    {
      id: 'bi-random',
      kind: 'random',
      name: { en: 'random sequences and parameters', zh: '随机的序列与参数' },
      call: 'bidirectionalRnn',
      count: 6,
      generate: (rng) => biArgs(rng, rng.int(2, 6), rng.int(1, 4), rng.int(1, 4), rng.int(1, 4), rng.int(2, 4)),
      nonFiniteHint: LENGTHS,
    },
    {
      id: 'bi-reversal-symmetry',
      kind: 'property',
      name: { en: 'reversing the sequence and swapping the two directions (and Wy’s column blocks) reverses the predictions', zh: '把序列反转并交换两个方向（以及 Wy 的列块），预测也随之反转' },
      call: 'bidirectionalRnn',
      generate: (rng) => biArgs(rng, 5, 2, 2, 3, 3),
      nonFiniteHint: LENGTHS,
      property: ({ got, args, call }) => {
        const [xs, pF, pB, Wy, by] = args as [number[][], Cell, Cell, number[][], number[]];
        const nF = pF.ba.length;
        const swappedWy = Wy.map((row) => [...row.slice(nF), ...row.slice(0, nF)]);
        const again = call('bidirectionalRnn', [...xs].reverse(), pB, pF, swappedWy, by);
        if (!Array.isArray(again)) return { en: 'the second call did not return an array', zh: '第二次调用没有返回数组' };
        const cmp = compareValues([...again].reverse(), got, { rtol: 1e-9, atol: 1e-12 });
        if (!cmp.ok) {
          return { en: `bidirectionalRnn(reversed xs, pBackward, pForward, Wy with its forward and backward column blocks swapped, by), reversed, should equal the original predictions: ${cmp.message}`, zh: `bidirectionalRnn(反转后的 xs, pBackward, pForward, 前向与后向列块互换后的 Wy, by) 再反转，应等于原来的预测：${cmp.messageZh ?? cmp.message}` };
        }
        return null;
      },
    },

    // ---- deepRnnForward ----
    {
      id: 'deep-worked-example',
      kind: 'example',
      name: { en: 'two layers (1 unit, then 2 units) over three steps (the worked example)', zh: '两层（先 1 个单元，再 2 个单元），三个时间步（题中例子）' },
      call: 'deepRnnForward',
      nonFiniteHint: LENGTHS,
      args: [XS, [FORWARD, LAYER2]],
    },
    {
      id: 'deep-one-layer',
      kind: 'edge',
      name: { en: 'one layer: a plain tanh RNN from a zero state', zh: '一层：从零状态开始的普通 tanh RNN' },
      call: 'deepRnnForward',
      nonFiniteHint: LENGTHS,
      generate: (rng) => [rng.matrix(4, 3, -2, 2), stack(rng, 3, [2])],
    },
    {
      id: 'deep-different-widths',
      kind: 'edge',
      name: { en: 'three layers of different widths (3 inputs → 4 → 2 → 5 units)', zh: '三层，宽度各不相同（3 个输入 → 4 → 2 → 5 个单元）' },
      call: 'deepRnnForward',
      nonFiniteHint: LENGTHS,
      generate: (rng) => [rng.matrix(5, 3, -2, 2), stack(rng, 3, [4, 2, 5])],
    },
    {
      id: 'deep-one-step',
      kind: 'edge',
      name: { en: 'a sequence of one step (T = 1) through three layers', zh: '只有一个时间步的序列（T = 1）经过三层' },
      call: 'deepRnnForward',
      nonFiniteHint: LENGTHS,
      generate: (rng) => [rng.matrix(1, 2, -2, 2), stack(rng, 2, [3, 3, 2])],
    },
    {
      id: 'deep-same-widths',
      kind: 'hidden',
      name: { en: 'three layers of 3 units on inputs of width 3 (every shape alike: only the values tell)', zh: '宽度为 3 的输入上三层各 3 个单元（形状都一样：只有数值能区分）' },
      call: 'deepRnnForward',
      nonFiniteHint: LENGTHS,
      generate: (rng) => [rng.matrix(6, 3, -2, 2), stack(rng, 3, [3, 3, 3])],
    },
    {
      id: 'deep-one-hot-sentence',
      kind: 'hidden',
      name: { en: 'six one-hot words, vocabulary of 4, two layers of 3 and 2 units', zh: '六个 one-hot 词，词表大小 4，两层分别 3 和 2 个单元' },
      call: 'deepRnnForward',
      nonFiniteHint: LENGTHS,
      generate: (rng) => [oneHots(rng, 6, 4), stack(rng, 4, [3, 2])],
    },
    {
      id: 'deep-random',
      kind: 'random',
      name: { en: 'random sequences and stacks of 1 to 4 layers', zh: '随机的序列与 1 到 4 层的堆叠' },
      call: 'deepRnnForward',
      nonFiniteHint: LENGTHS,
      count: 6,
      generate: (rng) => {
        const nx = rng.int(1, 4);
        const widths = Array.from({ length: rng.int(1, 4) }, () => rng.int(1, 4));
        return [rng.matrix(rng.int(2, 6), nx, -2, 2), stack(rng, nx, widths)];
      },
    },
  ],
});
