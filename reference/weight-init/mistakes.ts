import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'glorot-uniform-limit',
    hint: {
      en: "Your 'glorot' uses √(6/(nIn+nOut)), the limit of Glorot's uniform version U(−r, r). The normal version has variance 2/(nIn+nOut): scale √(2/(nIn+nOut)).",
      zh: '你的 glorot 用了 √(6/(nIn+nOut))，那是 Glorot 均匀分布版本 U(−r, r) 的边界。正态版本的方差是 2/(nIn+nOut)：缩放 √(2/(nIn+nOut))。',
    },
    edits: [
      { find: 'return Math.sqrt(2 / (nIn + nOut));', replace: 'return Math.sqrt(6 / (nIn + nOut));' },
    ],
  },
  {
    name: 'glorot-no-factor-2',
    hint: {
      en: 'Your \'glorot\' variance is 1/(nIn+nOut): the factor 2 is missing. Glorot averages fan-in and fan-out, 2/(nIn+nOut), so the scale is √(2/(nIn+nOut)).',
      zh: '你的 glorot 方差是 1/(nIn+nOut)：漏了因子 2。Glorot 取扇入和扇出的平均，方差 2/(nIn+nOut)，所以缩放是 √(2/(nIn+nOut))。',
    },
    edits: [
      { find: 'return Math.sqrt(2 / (nIn + nOut));', replace: 'return Math.sqrt(1 / (nIn + nOut));' },
    ],
  },
  {
    name: 'glorot-product',
    hint: {
      en: 'Your \'glorot\' variance is 2/(nIn·nOut): it is 2/(nIn + nOut), a sum, not a product. Scale each draw by √(2/(nIn+nOut)).',
      zh: '你的 glorot 方差是 2/(nIn·nOut)：应是 2/(nIn + nOut)，是和而不是积。每个抽样乘以 √(2/(nIn+nOut))。',
    },
    edits: [
      { find: 'return Math.sqrt(2 / (nIn + nOut));', replace: 'return Math.sqrt(2 / (nIn * nOut));' },
    ],
  },
  {
    name: 'glorot-xavier-variance',
    hint: {
      en: 'Your \'glorot\' uses 1/nIn, Xavier\'s variance. Glorot averages fan-in and fan-out: N(0, 2/(nIn+nOut)), scale √(2/(nIn+nOut)).',
      zh: '你的 glorot 用了 Xavier 的方差 1/nIn。Glorot 取扇入和扇出的平均：N(0, 2/(nIn+nOut))，缩放 √(2/(nIn+nOut))。',
    },
    edits: [
      { find: 'return Math.sqrt(2 / (nIn + nOut));', replace: 'return Math.sqrt(1 / nIn);' },
    ],
  },
  {
    name: 'he-uses-nout',
    hint: {
      en: 'Your \'he\' divides by nOut. He divides by the fan-in: N(0, 2/nIn), scale √(2/nIn).',
      zh: '你的 he 除以了 nOut。He 除以扇入：N(0, 2/nIn)，缩放 √(2/nIn)。',
    },
    edits: [
      { find: 'return Math.sqrt(2 / nIn);', replace: 'return Math.sqrt(2 / nOut);' },
    ],
  },
  {
    name: 'he-xavier-variance',
    hint: {
      en: 'Your \'he\' uses 1/nIn, Xavier\'s variance. He\'s is 2/nIn (ReLU zeroes half of the units, so the variance is doubled): scale √(2/nIn).',
      zh: '你的 he 用了 Xavier 的方差 1/nIn。He 的方差是 2/nIn（ReLU 让一半单元为 0，所以方差加倍）：缩放 √(2/nIn)。',
    },
    edits: [
      { find: 'return Math.sqrt(2 / nIn);', replace: 'return Math.sqrt(1 / nIn);' },
    ],
  },
  {
    name: 'not-scaled',
    hint: {
      en: 'Your weights are the raw draws of randn(): multiply each by the scheme\'s scale, √v for N(0, v) (√(1/nIn) for Xavier, √(2/nIn) for He, √(2/(nIn+nOut)) for Glorot).',
      zh: '你的权重就是 randn() 的原始抽样：每个都要乘以该方案的缩放 √v（Xavier 为 √(1/nIn)，He 为 √(2/nIn)，Glorot 为 √(2/(nIn+nOut))）。',
    },
    edits: [
      { find: 'for (let j = 0; j < nOut; j++) row.push(scale * randn());', replace: 'for (let j = 0; j < nOut; j++) row.push(scheme === \'small\' ? scale * randn() : randn());' },
    ],
  },
  {
    name: 'small-scale-as-variance',
    hint: {
      en: 'Your \'small\' multiplies by 0.1 = √0.01, treating 0.01 as the variance. \'small\' is 0.01·randn(): the scale itself is 0.01.',
      zh: '你的 small 乘以了 0.1 = √0.01，把 0.01 当成了方差。small 是 0.01·randn()：缩放本身就是 0.01。',
    },
    edits: [
      { find: 'return 0.01;', replace: 'return Math.sqrt(0.01);' },
    ],
  },
  {
    name: 'small-squared',
    hint: {
      en: 'Your \'small\' multiplies by 0.01² = 1e-4. \'small\' is 0.01·randn(): multiply by 0.01 once.',
      zh: '你的 small 乘以了 0.01² = 1e-4。small 是 0.01·randn()：只乘一次 0.01。',
    },
    edits: [
      { find: 'return 0.01;', replace: 'return 0.01 * 0.01;' },
    ],
  },
  {
    name: 'unknown-scheme-not-rejected',
    hint: {
      en: "An unknown scheme name must throw an Error whose message contains 'scheme' (e.g. `throw new Error(`unknown scheme ${scheme}`)`); yours returns a matrix (of NaN: the scale stays undefined).",
      zh: "未知的方案名必须抛出消息中含有 'scheme' 的 Error（例如 `throw new Error(`unknown scheme ${scheme}`)`）；你的代码返回了一个矩阵（全是 NaN：缩放因子是 undefined）。",
    },
    edits: [
      { find: 'throw new Error(`unknown initialization scheme \'${scheme}\' (expected zeros, small, xavier, he or glorot)`);', replace: 'return undefined;' },
    ],
  },
  {
    name: 'xavier-glorot-variance',
    hint: {
      en: 'Your \'xavier\' uses 2/(nIn+nOut), Glorot\'s variance. Xavier\'s is 1/nIn: scale √(1/nIn).',
      zh: '你的 xavier 用了 Glorot 的方差 2/(nIn+nOut)。Xavier 的方差是 1/nIn：缩放 √(1/nIn)。',
    },
    edits: [
      { find: 'return Math.sqrt(1 / nIn);', replace: 'return Math.sqrt(2 / (nIn + nOut)); // Glorot\'s' },
    ],
  },
  {
    name: 'xavier-he-variance',
    hint: {
      en: 'Your \'xavier\' uses 2/nIn, He\'s variance. Xavier\'s is 1/nIn: scale √(1/nIn).',
      zh: '你的 xavier 用了 He 的方差 2/nIn。Xavier 的方差是 1/nIn：缩放 √(1/nIn)。',
    },
    edits: [
      { find: 'return Math.sqrt(1 / nIn);', replace: 'return Math.sqrt(2 / nIn); // He\'s' },
    ],
  },
  {
    name: 'xavier-uses-nout',
    hint: {
      en: "Your 'xavier' divides by nOut. Xavier keeps the variance of each unit's input sum at 1, so it divides by the fan-in: N(0, 1/nIn), scale √(1/nIn).",
      zh: '你的 xavier 除以了 nOut。Xavier 让每个单元输入之和的方差保持为 1，所以除以扇入：N(0, 1/nIn)，缩放 √(1/nIn)。',
    },
    edits: [
      { find: 'return Math.sqrt(1 / nIn);', replace: 'return Math.sqrt(1 / nOut);' },
    ],
  },
  {
    name: 'std-as-variance',
    hint: {
      en: 'You multiply randn() by the variance (e.g. 2/nIn for He). N(0, v) names the variance; the scale (standard deviation) is its square root: W = √(2/nIn)·randn().',
      zh: '你把 randn() 乘以方差（例如 He 的 2/nIn）。N(0, v) 中的 v 是方差；缩放因子（标准差）是它的平方根：W = √(2/nIn)·randn()。',
    },
    edits: [
      { find: 'return Math.sqrt(1 / nIn);', replace: 'return 1 / nIn;' },
      { find: 'return Math.sqrt(2 / nIn);', replace: 'return 2 / nIn;' },
      { find: 'return Math.sqrt(2 / (nIn + nOut));', replace: 'return 2 / (nIn + nOut);' },
    ],
  },
  {
    name: 'zeros-draws-randn',
    hint: {
      en: "Your 'zeros' calls randn() and multiplies by 0. 'zeros' must not draw anything (randn() is called only for the random schemes): return the zero matrix directly.",
      zh: '你的 zeros 调用了 randn() 再乘以 0。zeros 不应抽取任何随机数（只有随机方案才调用 randn()）：直接返回零矩阵。',
    },
    edits: [
      {
        find: `if (scheme === 'zeros') {
    return Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  }
  const scale = schemeScale(scheme, nIn, nOut);`,
        replace: "const scale = scheme === 'zeros' ? 0 : schemeScale(scheme, nIn, nOut);",
      },
    ],
  },
]);
