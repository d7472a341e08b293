// Every exercise that declares a plot gets one from its visible examples: the reference's curve
// and the learner's, on the same points when the learner is right.
import { afterAll, describe, expect, it } from 'vitest';
import { colorOf, imageMode, imageRange, imagesIn, plotFor, type ImagePlotSpec, type PlotSpec } from '../src/lib/client/plots';
import type { PlotKind } from '../src/lib/engine/exercise';
import { contentRoot, listExerciseIds, loadExercise, loadPublic } from '../src/lib/server/exercises';
import { GradingPool } from '../src/lib/server/pool';

const root = contentRoot();
const pool = new GradingPool({ root, size: 2, maxQueue: 1000 });
afterAll(() => pool.close());
const plotted: { id: string; kind: PlotKind }[] = [];
for (const id of await listExerciseIds(root)) {
  const { meta } = await loadPublic(id, root);
  if (meta.plot) plotted.push({ id, kind: meta.plot });
}

it('covers the curves the course draws', () => {
  expect([...new Set(plotted.map((p) => p.kind))].sort()).toEqual(
    [
      'cost-history',
      'decision-boundary',
      'depth-grad-norms',
      'depth-norms',
      'epoch-cost',
      'images',
      'learning-curve',
      'loss-curve',
      'lr-schedule',
      'optimizer-path',
    ].sort(),
  );
});

describe.concurrent('plots', () => {
  for (const { id, kind } of plotted.filter((p) => p.kind !== 'images')) {
    it(`${id} (${kind})`, async () => {
      const ex = await loadExercise(id, root);
      const right = await pool.grade({ exercise: id, source: ex.reference.source, mode: 'run', seed: 1 });
      const spec = plotFor(kind, right) as PlotSpec;
      expect(spec, 'a plot from the reference run').not.toBeNull();
      const yours = spec.series.filter((s) => s.label === 'yours');
      const reference = spec.series.filter((s) => s.label === 'reference');
      expect(yours.length).toBeGreaterThan(0);
      expect(yours.length).toBe(reference.length);
      yours.forEach((mine, i) => {
        expect(mine.points.length).toBe(reference[i].points.length);
        mine.points.forEach((p, k) => {
          expect(p.x).toBe(reference[i].points[k].x);
          expect(p.y).toBeCloseTo(reference[i].points[k].y, 9); // the sandbox may sum in another order
        });
      });
      for (const s of spec.series) expect(s.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
      if (kind !== 'decision-boundary') expect(yours[0].points.length).toBeGreaterThan(2);

      // A stub that throws draws the reference alone.
      const stub = await pool.grade({ exercise: id, source: ex.stub, mode: 'run', seed: 1 });
      const alone = plotFor(kind, stub) as PlotSpec | null;
      if (alone) expect(alone.series.some((s) => s.label === 'yours')).toBe(false);
    });
  }
});

it('draws learning curves against the sizes and both errors', async () => {
  const ex = await loadExercise('learning-curves', root);
  const spec = plotFor(
    'learning-curve',
    await pool.grade({ exercise: 'learning-curves', source: ex.reference.source, mode: 'run', seed: 1 }),
  ) as PlotSpec;
  expect(spec.series.map((s) => `${s.group} ${s.label}`)).toEqual(['train reference', 'cv reference', 'train yours', 'cv yours']);
  expect(spec.series[0].points.map((p) => p.x)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
});

it('draws the depth experiment once per visible scheme', async () => {
  const ex = await loadExercise('init-depth-experiment', root);
  const spec = plotFor(
    'depth-norms',
    await pool.grade({ exercise: 'init-depth-experiment', source: ex.reference.source, mode: 'run', seed: 1 }),
  ) as PlotSpec;
  const groups = spec.series.filter((s) => s.label === 'yours').map((s) => (s.group as { text: string }).text);
  expect(groups).toEqual(['he', 'xavier', 'small']);
  expect(spec.logY).toBe(true);
  expect(spec.series[0].points[0].x).toBe(1); // layers count from 1
});

it('draws mini-batch SGD cost once per epoch, from the start (epoch 0)', async () => {
  const ex = await loadExercise('minibatch-sgd', root);
  const spec = plotFor('epoch-cost', await pool.grade({ exercise: 'minibatch-sgd', source: ex.reference.source, mode: 'run', seed: 1 })) as PlotSpec;
  expect(spec.xLabel).toBe('epoch');
  const reference = spec.series.find((s) => s.label === 'reference')!;
  expect(reference.points.map((p) => p.x)).toEqual(Array.from({ length: 26 }, (_, e) => e)); // J(w0, b0), then 25 epochs
  expect(reference.points[25].y).toBeLessThan(reference.points[0].y / 10);
});

it('draws the input-gradient norms of the depth experiment once per visible scheme, layer 1 first', async () => {
  const ex = await loadExercise('gradient-norms-by-depth', root);
  const spec = plotFor(
    'depth-grad-norms',
    await pool.grade({ exercise: 'gradient-norms-by-depth', source: ex.reference.source, mode: 'run', seed: 1 }),
  ) as PlotSpec;
  const yours = spec.series.filter((s) => s.label === 'yours');
  expect(yours.map((s) => (s.group as { text: string }).text)).toEqual(['he', 'xavier', 'small']);
  expect(yours.map((s) => s.points.length)).toEqual([20, 10, 6]);
  expect(spec.logY).toBe(true);
  expect(spec.series[0].points[0].x).toBe(1); // layers count from 1
  const small = yours[2].points;
  expect(small[0].y).toBeLessThan(small[5].y * 1e-6); // the gradient vanishes towards the first layer
});

// ---- pictures: C×H×W values drawn beside the expected ones ----

describe.concurrent('images', () => {
  for (const { id } of plotted.filter((p) => p.kind === 'images')) {
    it(`${id} (images)`, async () => {
      const ex = await loadExercise(id, root);
      const right = await pool.grade({ exercise: id, source: ex.reference.source, mode: 'run', seed: 1 });
      const spec = plotFor('images', right) as ImagePlotSpec;
      expect(spec, 'pictures from the reference run').not.toBeNull();
      expect(spec.type).toBe('images');
      const roles = spec.panels.map((p) => p.role);
      expect(roles).toContain('input');
      const mine = spec.panels.filter((p) => p.role === 'yours');
      const want = spec.panels.filter((p) => p.role === 'reference');
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.length).toBe(want.length);
      mine.forEach((p, k) => {
        // The same scale for both, and the same pixels when the learner is right.
        expect([p.mode, p.lo, p.hi]).toEqual([want[k].mode, want[k].lo, want[k].hi]);
        expect(p.channels.flat(2).length).toBe(want[k].channels.flat(2).length);
        p.channels.flat(2).forEach((v, i) => expect(v).toBeCloseTo(want[k].channels.flat(2)[i], 9));
      });
      for (const p of spec.panels) expect(p.hi).toBeGreaterThan(p.lo);

      // A stub that throws draws the input and the expected picture alone.
      const stub = await pool.grade({ exercise: id, source: ex.stub, mode: 'run', seed: 1 });
      const alone = plotFor('images', stub) as ImagePlotSpec;
      expect(alone.panels.some((p) => p.role === 'yours')).toBe(false);
      expect(alone.panels.some((p) => p.role === 'reference')).toBe(true);
    });
  }
});

it('reads C×H×W images, the first images of an N×C×H×W stack and C×L rows, and nothing else', () => {
  const img = [
    [
      [0, 1],
      [1, 0],
    ],
  ];
  expect(imagesIn(img)).toEqual([img]);
  expect(imagesIn([img, img, img, img, img, img])).toHaveLength(4);
  expect(
    imagesIn([
      [1, 2, 3],
      [4, 5, 6],
    ]),
  ).toEqual([[[[1, 2, 3]], [[4, 5, 6]]]]);
  expect(imagesIn([[[1, 2], [3]]])).toEqual([]); // ragged
  expect(
    imagesIn([
      [[1, 2]],
      [
        [1, 2],
        [3, 4],
      ],
    ]),
  ).toEqual([]); // channels of different sizes
  expect(imagesIn([[[1, NaN]]])).toEqual([]);
  expect(imagesIn(3)).toEqual([]);
  expect(imagesIn([])).toEqual([]);
});

it('draws one channel grey, three channels in [0, 1] in colour and anything else as feature maps', () => {
  expect(imageMode([[[[0.2]]]])).toBe('grey');
  expect(imageMode([[[[0.2]], [[0.5]], [[1]]]])).toBe('rgb');
  expect(imageMode([[[[0.2]], [[0.5]], [[1.5]]]])).toBe('maps');
  expect(imageMode([[[[0.2]], [[0.5]]]])).toBe('maps');
  expect(imageRange([0.2, 0.4], 'grey')).toEqual({ lo: 0, hi: 1 });
  expect(imageRange([-1, 3], 'grey')).toEqual({ lo: -3, hi: 3 }); // symmetric about 0
  expect(imageRange([-1, 3], 'maps')).toEqual({ lo: -3, hi: 3 });
  expect(imageRange([2, 5], 'maps')).toEqual({ lo: 2, hi: 5 });
  expect(imageRange([2, 2], 'maps')).toEqual({ lo: 1, hi: 3 }); // a constant map is mid-scale
  expect(colorOf(0, 0, 1, 'grey')).toEqual([0, 0, 0]);
  expect(colorOf(1, 0, 1, 'grey')).toEqual([255, 255, 255]);
  expect(colorOf(0.5, 0, 1, 'grey')).toEqual([128, 128, 128]);
  expect(colorOf(7, 0, 1, 'grey')).toEqual([255, 255, 255]); // clamped
  expect(colorOf(0, -2, 2, 'maps')).toEqual([247, 247, 247]); // 0 is white on a diverging scale
  expect(colorOf(-2, -2, 2, 'maps')).toEqual([33, 102, 172]);
  expect(colorOf(2, -2, 2, 'maps')).toEqual([178, 24, 43]);
  expect(colorOf(2, 2, 5, 'maps')).toEqual([68, 1, 84]);
  expect(colorOf(5, 2, 5, 'maps')).toEqual([253, 231, 37]);
});

it('puts the learner’s picture beside the expected one on the same scale, and the first wrong check first', async () => {
  const ex = await loadExercise('conv2d', root);
  const wrong = ex.reference.source.replace('let s = b[f];', 'let s = 2 * b[f];');
  expect(wrong).not.toBe(ex.reference.source);
  const report = await pool.grade({ exercise: 'conv2d', source: wrong, mode: 'run', seed: 1 });
  const spec = plotFor('images', report) as ImagePlotSpec;
  const failing = report.checks.find((c) => c.input && c.status !== 'pass')!;
  expect(spec.check).toBe(failing.name);
  expect(spec.panels.map((p) => p.role)).toEqual(['input', 'reference', 'yours']);
  const [, want, mine] = spec.panels;
  expect([mine.lo, mine.hi]).toEqual([want.lo, want.hi]);
  expect(mine.channels).not.toEqual(want.channels);
});
