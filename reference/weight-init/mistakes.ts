import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'glorot-uniform-limit',
    hint: {
      en: "Your 'glorot' uses √(6/(nIn+nOut)), the limit of Glorot's uniform version U(−r, r). The normal version has variance 2/(nIn+nOut): scale √(2/(nIn+nOut)).",
      zh: '你的 glorot 用了 √(6/(nIn+nOut))，那是 Glorot 均匀分布版本 U(−r, r) 的边界。正态版本的方差是 2/(nIn+nOut)：缩放 √(2/(nIn+nOut))。',
    },
    edits: [
      {
        find: `if (scheme === 'zeros') {
    return Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  }
  const scale = schemeScale(scheme, nIn, nOut);`,
        replace: `if (scheme === 'zeros') return Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  let scale;
  if (scheme === 'small') scale = 0.01;
  else if (scheme === 'xavier') scale = Math.sqrt(1 / nIn);
  else if (scheme === 'he') scale = Math.sqrt(2 / nIn);
  else if (scheme === 'glorot') scale = Math.sqrt(6 / (nIn + nOut));
  else throw new Error(\`unknown scheme \${scheme}\`);`,
      },
    ],
  },
  {
    name: 'unknown-scheme-not-rejected',
    hint: {
      en: "An unknown scheme name must throw an Error whose message contains 'scheme' (e.g. `throw new Error(`unknown scheme ${scheme}`)`); yours returns a matrix (of NaN: the scale stays undefined).",
      zh: "未知的方案名必须抛出消息中含有 'scheme' 的 Error（例如 `throw new Error(`unknown scheme ${scheme}`)`）；你的代码返回了一个矩阵（全是 NaN：缩放因子是 undefined）。",
    },
    edits: [
      {
        find: `if (scheme === 'zeros') {
    return Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  }
  const scale = schemeScale(scheme, nIn, nOut);`,
        replace: `if (scheme === 'zeros') return Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  let scale;
  if (scheme === 'small') scale = 0.01;
  if (scheme === 'xavier') scale = Math.sqrt(1 / nIn);
  if (scheme === 'he') scale = Math.sqrt(2 / nIn);
  if (scheme === 'glorot') scale = Math.sqrt(2 / (nIn + nOut));`,
      },
    ],
  },
  {
    name: 'xavier-uses-nout',
    hint: {
      en: "Your 'xavier' divides by nOut. Xavier keeps the variance of each unit's input sum at 1, so it divides by the fan-in: N(0, 1/nIn), scale √(1/nIn).",
      zh: '你的 xavier 除以了 nOut。Xavier 让每个单元输入之和的方差保持为 1，所以除以扇入：N(0, 1/nIn)，缩放 √(1/nIn)。',
    },
    edits: [
      {
        find: `if (scheme === 'zeros') {
    return Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  }
  const scale = schemeScale(scheme, nIn, nOut);`,
        replace: `if (scheme === 'zeros') return Array.from({ length: nIn }, () => new Array(nOut).fill(0));
  let scale;
  if (scheme === 'small') scale = 0.01;
  else if (scheme === 'xavier') scale = Math.sqrt(1 / nOut);
  else if (scheme === 'he') scale = Math.sqrt(2 / nIn);
  else if (scheme === 'glorot') scale = Math.sqrt(2 / (nIn + nOut));
  else throw new Error(\`unknown scheme \${scheme}\`);`,
      },
    ],
  },
]);
