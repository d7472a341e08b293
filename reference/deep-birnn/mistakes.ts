import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'backward-not-realigned',
    hint: {
      en: 'Your backward activations are still in reading order: the first one you computed (from the last input) sits at t = 0. Reverse the list of backward activations so that a←<t> is the one computed at input x<t>, then concatenate [a→<t>, a←<t>].',
      zh: '你的反向激活值仍按读取顺序排列：最先算出的那个（来自最后一个输入）被放在了 t = 0。把反向激活值的列表倒过来，使 a←<t> 是在输入 x<t> 处算出的那个，再拼接 [a→<t>, a←<t>]。',
    },
    edits: [
      {
        find: 'const backward = runRnn([...xs].reverse(), pBackward).reverse();',
        replace: 'const backward = runRnn([...xs].reverse(), pBackward);',
      },
    ],
  },
  {
    name: 'backward-reads-forward',
    hint: {
      en: 'Your backward pass reads xs from the first step to the last, so it is just a second forward RNN. It must start at x<T> and go back to x<1>: a←<t> = tanh(Waa·a←<t+1> + Wax·x<t> + ba), with a←<T+1> = 0.',
      zh: '你的反向传播从第一步读到最后一步，只是又一个正向 RNN。它必须从 x<T> 开始倒着读到 x<1>：a←<t> = tanh(Waa·a←<t+1> + Wax·x<t> + ba)，其中 a←<T+1> = 0。',
    },
    edits: [
      {
        find: 'const backward = runRnn([...xs].reverse(), pBackward).reverse();',
        replace: 'const backward = runRnn(xs, pBackward);',
      },
    ],
  },
  {
    name: 'concat-swapped',
    hint: {
      en: 'You concatenate the states in the wrong order, [a←<t>, a→<t>]. The first n_a→ columns of Wy multiply the forward state: ŷ<t> = softmax(Wy·[a→<t>, a←<t>] + by).',
      zh: '你拼接状态的顺序反了，成了 [a←<t>, a→<t>]。Wy 的前 n_a→ 列乘以正向状态：ŷ<t> = softmax(Wy·[a→<t>, a←<t>] + by)。',
    },
    edits: [
      { find: 'const both = [...forward[t], ...backward[t]];', replace: 'const both = [...backward[t], ...forward[t]];' },
    ],
  },
  {
    name: 'deep-all-read-xs',
    hint: {
      en: 'Every layer of your deep RNN reads xs. Only layer 0 reads the inputs; layer i reads the T activations of layer i − 1 as its sequence of inputs (its Wax has as many columns as layer i − 1 has units).',
      zh: '你的深层 RNN 每一层都读取 xs。只有第 0 层读取输入；第 i 层把第 i − 1 层的 T 个激活值当作输入序列（它的 Wax 的列数等于第 i − 1 层的单元数）。',
    },
    edits: [
      { find: 'let inputs = xs;', replace: 'let out = [];' },
      {
        find: 'for (const layer of layers) inputs = runRnn(inputs, layer);',
        replace: 'for (const layer of layers) out = runRnn(xs, layer);',
      },
      { find: 'return inputs;', replace: 'return out;' },
    ],
  },
  {
    name: 'deep-returns-first-layer',
    hint: {
      en: 'You return the activations of the first layer. Feed each layer’s activations to the next one and return those of the last layer (T rows of its n_a units).',
      zh: '你返回的是第一层的激活值。把每一层的激活值传给下一层，返回最后一层的激活值（T 行，每行为该层的 n_a 个单元）。',
    },
    edits: [
      {
        find: 'export function deepRnnForward(xs, layers) {',
        replace: `export function deepRnnForward(xs, layers) {
  const outputs = [];`,
      },
      {
        find: `for (const layer of layers) inputs = runRnn(inputs, layer);
  return inputs;`,
        replace: `for (const layer of layers) {
    inputs = runRnn(inputs, layer);
    outputs.push(inputs);
  }
  return outputs[0];`,
      },
    ],
  },
  {
    name: 'softmax-no-shift',
    hint: {
      en: 'Your softmax exponentiates the logits directly, so e^1000 overflows to Infinity and you get NaN. Subtract the largest logit before exponentiating: softmax(z) = softmax(z − max z).',
      zh: '你的 softmax 直接对 logits 取指数，e^1000 溢出为 Infinity，结果是 NaN。取指数前先减去最大的 logit：softmax(z) = softmax(z − max z)。',
    },
    edits: [
      {
        find: `const mx = Math.max(...z);
  const e = z.map((v) => Math.exp(v - mx));`,
        replace: 'const e = z.map((v) => Math.exp(v));',
      },
    ],
  },
]);
