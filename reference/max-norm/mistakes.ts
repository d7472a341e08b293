import { defineMistakes } from '../../src/lib/engine/mistakes';

export default defineMistakes([
  {
    name: 'scales-all-columns',
    hint: {
      en: 'You rescale every column to norm c, also the ones already inside the ball (and 0/0 on a zero column). Max-norm only shrinks: scale a column by c/‖w‖ only when ‖w‖ > c, leave it unchanged otherwise.',
      zh: '你把每一列都缩放到范数 c，连本来就在球内的列也放大了（零列还会出现 0/0）。max-norm 只会缩小：仅当 ‖w‖ > c 时把该列乘以 c/‖w‖，否则保持不变。',
    },
    edits: [
      {
        find: `const norm = Math.sqrt(sumSq);
    scale.push(norm > c ? c / norm : 1);`,
        replace: 'scale.push(c / Math.sqrt(sumSq));',
      },
    ],
  },
]);
