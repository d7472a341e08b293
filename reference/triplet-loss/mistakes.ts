import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'distances-swapped',
    hint: {
      en: 'You swapped the two distances: the loss must push the anchor towards the positive and away from the negative, so it is max(‖a − p‖² − ‖a − n‖² + margin, 0), the positive distance first.',
      zh: '你把两个距离弄反了：损失要让锚点靠近正样本、远离负样本，所以是 max(‖a − p‖² − ‖a − n‖² + margin, 0)，正样本的距离在前。',
    },
    edits: [
      {
        find: 'total += Math.max(posDist - negDist + margin, 0);',
        replace: 'total += Math.max(negDist - posDist + margin, 0);',
      },
    ],
  },
  {
    name: 'hinge-after-mean',
    hint: {
      en: 'You take max(·, 0) of the mean instead of the mean of max(·, 0): well-separated triplets cancel the loss of the hard ones. Apply the hinge to each row, then average: 1/m Σ_i max(‖a_i − p_i‖² − ‖a_i − n_i‖² + margin, 0).',
      zh: '你对平均值取 max(·, 0)，而不是对每行取 max(·, 0) 后再平均：已经分开的三元组抵消了难例的损失。应先对每一行取 hinge，再求平均：1/m Σ_i max(‖a_i − p_i‖² − ‖a_i − n_i‖² + margin, 0)。',
    },
    edits: [
      { find: 'total += Math.max(posDist - negDist + margin, 0);', replace: 'total += posDist - negDist + margin;' },
      { find: 'return total / m;', replace: 'return Math.max(total / m, 0);' },
    ],
  },
  {
    name: 'hinge-missing',
    hint: {
      en: 'You average ‖a − p‖² − ‖a − n‖² + margin without the hinge, so a well-separated triplet contributes a negative amount (the loss can even be negative). Clip each row at 0 first: max(‖a − p‖² − ‖a − n‖² + margin, 0), then take the mean.',
      zh: '你直接对 ‖a − p‖² − ‖a − n‖² + margin 求平均，没有取 max(·, 0)，于是已经分开的三元组贡献了负值（损失甚至会是负数）。先对每一行截断到 0：max(‖a − p‖² − ‖a − n‖² + margin, 0)，再求平均。',
    },
    edits: [
      { find: 'total += Math.max(posDist - negDist + margin, 0);', replace: 'total += posDist - negDist + margin;' },
    ],
  },
  {
    name: 'margin-subtracted',
    hint: {
      en: 'You subtract the margin. The negative must be farther than the positive by at least the margin, so the margin is added: max(‖a − p‖² − ‖a − n‖² + margin, 0).',
      zh: '你把 margin 减掉了。负样本要比正样本至少远 margin，所以 margin 是加上的：max(‖a − p‖² − ‖a − n‖² + margin, 0)。',
    },
    edits: [
      {
        find: 'total += Math.max(posDist - negDist + margin, 0);',
        replace: 'total += Math.max(posDist - negDist - margin, 0);',
      },
    ],
  },
  {
    name: 'norm-not-squared',
    hint: {
      en: 'You use the distances ‖a − p‖ and ‖a − n‖ (with a square root). The triplet loss of the notes uses squared distances: max(‖a − p‖² − ‖a − n‖² + margin, 0) with ‖a − p‖² = Σ_j (a_j − p_j)², no Math.sqrt.',
      zh: '你用的是距离 ‖a − p‖ 和 ‖a − n‖（开了平方根）。讲义中的三元组损失用的是距离的平方：max(‖a − p‖² − ‖a − n‖² + margin, 0)，其中 ‖a − p‖² = Σ_j (a_j − p_j)²，不要 Math.sqrt。',
    },
    edits: [
      {
        find: 'total += Math.max(posDist - negDist + margin, 0);',
        replace: 'total += Math.max(Math.sqrt(posDist) - Math.sqrt(negDist) + margin, 0);',
      },
    ],
  },
  {
    name: 'sum-instead-of-mean',
    hint: {
      en: 'You return the sum of the per-row losses (as the course assignment does). This exercise takes the mean over the rows, like PyTorch’s default reduction: divide the sum by m, the number of rows.',
      zh: '你返回的是各行损失之和（课程作业中的写法）。本题按 PyTorch 的默认约简取各行的平均值：把总和除以行数 m。',
    },
    edits: [
      { find: 'return total / m;', replace: 'return total;' },
    ],
  },
]);
