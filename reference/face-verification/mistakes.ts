import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'plain-distance',
    hint: {
      en: 'Your distance is the plain Euclidean ‖a − b‖ (with a square root). This exercise uses the squared distance ‖a − b‖² of triplet-loss, and the thresholds are on that scale.',
      zh: '你的距离是普通欧氏距离 ‖a − b‖（开了平方根）。本练习使用 triplet-loss 中的平方距离 ‖a − b‖²，阈值也是按这个尺度给出的。',
    },
    edits: [{ find: '  return sum;\n}', replace: '  return Math.sqrt(sum);\n}' }],
  },
  {
    name: 'strict-verify',
    hint: {
      en: 'You accept a pair only when d < τ. The rule is d ≤ τ: a distance exactly equal to the threshold counts as the same person.',
      zh: '你只在 d < τ 时接受一对。规则是 d ≤ τ：距离恰好等于阈值时算作同一个人。',
    },
    edits: [{ find: 'return embeddingDistance(a, b) <= tau;', replace: 'return embeddingDistance(a, b) < tau;' }],
  },
  {
    name: 'identify-without-threshold',
    hint: {
      en: "You return the nearest name even when it is farther than τ. A face that is not close enough to anyone in the database is 'unknown'.",
      zh: "即使最近的条目距离大于 τ，你也返回了它的名字。与数据库中任何人都不够接近的人脸应返回 'unknown'。",
    },
    edits: [{ find: 'if (best === null || bestDistance > tau) return ', replace: 'if (best === null) return ' }],
  },
  {
    name: 'identify-first-within',
    hint: {
      en: 'You return the first entry within τ. Look at every entry and take the nearest one (the earliest only on an exact tie), then test it against τ.',
      zh: '你返回了第一个在 τ 以内的条目。应查看所有条目并取最近的那个（只有距离完全相等时才取靠前的），再用 τ 检验它。',
    },
    edits: [{ find: 'if (d < bestDistance) {', replace: 'if (best === null && d <= tau) {' }],
  },
  {
    name: 'threshold-ties-largest',
    hint: {
      en: 'When several thresholds reach the same best accuracy you keep the largest. Keep the smallest one.',
      zh: '当多个阈值达到相同的最高准确率时，你保留了最大的。应保留最小的。',
    },
    edits: [{ find: '(accuracy === bestAccuracy && tau < bestTau)', replace: '(accuracy === bestAccuracy && tau > bestTau)' }],
  },
]);
