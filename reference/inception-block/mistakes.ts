import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'pool-zero-padding',
    hint: {
      en: 'Your max pool pads the image with zeros, so near the border a window of negative values gives 0. PyTorch MaxPool2d pads with −∞: take the maximum over the part of the window inside the image only.',
      zh: '你的最大池化用 0 填充图像，所以在边界附近全是负数的窗口会得到 0。PyTorch 的 MaxPool2d 用 −∞ 填充：只在窗口落在图像内的部分取最大值。',
    },
    edits: [
      {
        find: `        for (let r = Math.max(0, y - half); r <= Math.min(H - 1, y + half); r++) {
          for (let c = Math.max(0, col - half); c <= Math.min(W - 1, col + half); c++) best = Math.max(best, plane[r][c]);
        }`,
        replace: `        for (let r = y - half; r <= y + half; r++) {
          for (let c = col - half; c <= col + half; c++) best = Math.max(best, r < 0 || r >= H || c < 0 || c >= W ? 0 : plane[r][c]);
        }`,
      },
    ],
  },
  {
    name: 'branches-out-of-order',
    hint: {
      en: 'Your channels are in the wrong order. Concatenate the branches as 1×1, 3×3, 5×5, pool: channels 0..F1−1 are the 1×1 branch, then the F3 channels of the 3×3 branch, then the F5 of the 5×5 branch, then the FP of the pool branch.',
      zh: '你的通道顺序不对。按 1×1、3×3、5×5、池化的顺序拼接分支：通道 0..F1−1 是 1×1 分支，然后是 3×3 分支的 F3 个通道、5×5 分支的 F5 个通道，最后是池化分支的 FP 个通道。',
    },
    edits: [{ find: 'return [...branch1, ...branch3, ...branch5, ...branchPool];', replace: 'return [...branch1, ...branch5, ...branch3, ...branchPool];' }],
  },
  {
    name: 'no-relu-after-reduce',
    hint: {
      en: 'The 1×1 reductions need their own ReLU: the 3×3 and 5×5 convolutions read relu(1×1(x; wReduce, bReduce)), not the raw 1×1 output. Every convolution in the block is followed by a ReLU.',
      zh: '1×1 降维之后也要 ReLU：3×3 和 5×5 卷积读取的是 relu(1×1(x; wReduce, bReduce))，而不是 1×1 的原始输出。块中每个卷积之后都有 ReLU。',
    },
    edits: [
      { find: 'const reduced3 = relu(pointwise(x, p.w3Reduce, p.b3Reduce));', replace: 'const reduced3 = pointwise(x, p.w3Reduce, p.b3Reduce);' },
      { find: 'const reduced5 = relu(pointwise(x, p.w5Reduce, p.b5Reduce));', replace: 'const reduced5 = pointwise(x, p.w5Reduce, p.b5Reduce);' },
    ],
  },
  {
    name: 'five-padded-by-one',
    hint: {
      en: "Your 5×5 branch is smaller than the image. Every branch must keep H×W so the channels can be concatenated: a k×k convolution with stride 1 needs pad (k − 1)/2, which is 2 for the 5×5 (and 1 for the 3×3).",
      zh: '你的 5×5 分支比图像小。每个分支都必须保持 H×W 才能按通道拼接：步幅 1 的 k×k 卷积需要填充 (k − 1)/2，5×5 需要 2（3×3 需要 1）。',
    },
    edits: [{ find: 'const branch5 = relu(conv(reduced5, p.w5, p.b5, 2));', replace: 'const branch5 = relu(conv(reduced5, p.w5, p.b5, 1));' }],
  },
  {
    name: 'relu-after-pool',
    hint: {
      en: 'There is no ReLU directly after the max pool: the pool branch is relu(1×1(maxPoolSame(x, 3); wPool, bPool)). Negative pooled values go into the 1×1 convolution as they are.',
      zh: '最大池化之后没有 ReLU：池化分支是 relu(1×1(maxPoolSame(x, 3); wPool, bPool))。池化得到的负值原样进入 1×1 卷积。',
    },
    edits: [{ find: 'const branchPool = relu(pointwise(maxPoolSame(x, 3), p.wPool, p.bPool));', replace: 'const branchPool = relu(pointwise(relu(maxPoolSame(x, 3)), p.wPool, p.bPool));' }],
  },
]);
