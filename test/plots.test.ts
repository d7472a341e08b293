// Every exercise that declares a plot gets one from its visible examples: the reference's curve
// and the learner's, on the same points when the learner is right.
import { afterAll, describe, expect, it } from 'vitest';
import { plotFor } from '../src/lib/client/plots';
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
  expect(plotted.map((p) => p.kind).sort()).toEqual(
    ['cost-history', 'decision-boundary', 'depth-grad-norms', 'depth-norms', 'epoch-cost', 'learning-curve', 'loss-curve', 'lr-schedule', 'optimizer-path'].sort(),
  );
});

describe.concurrent('plots', () => {
  for (const { id, kind } of plotted) {
    it(`${id} (${kind})`, async () => {
      const ex = await loadExercise(id, root);
      const right = await pool.grade({ exercise: id, source: ex.reference.source, mode: 'run', seed: 1 });
      const spec = plotFor(kind, right)!;
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
      const alone = plotFor(kind, stub);
      if (alone) expect(alone.series.some((s) => s.label === 'yours')).toBe(false);
    });
  }
});

it('draws learning curves against the sizes and both errors', async () => {
  const ex = await loadExercise('learning-curves', root);
  const spec = plotFor('learning-curve', await pool.grade({ exercise: 'learning-curves', source: ex.reference.source, mode: 'run', seed: 1 }))!;
  expect(spec.series.map((s) => `${s.group} ${s.label}`)).toEqual(['train reference', 'cv reference', 'train yours', 'cv yours']);
  expect(spec.series[0].points.map((p) => p.x)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
});

it('draws the depth experiment once per visible scheme', async () => {
  const ex = await loadExercise('init-depth-experiment', root);
  const spec = plotFor('depth-norms', await pool.grade({ exercise: 'init-depth-experiment', source: ex.reference.source, mode: 'run', seed: 1 }))!;
  const groups = spec.series.filter((s) => s.label === 'yours').map((s) => (s.group as { text: string }).text);
  expect(groups).toEqual(['he', 'xavier', 'small']);
  expect(spec.logY).toBe(true);
  expect(spec.series[0].points[0].x).toBe(1); // layers count from 1
});

it('draws mini-batch SGD cost once per epoch, from the start (epoch 0)', async () => {
  const ex = await loadExercise('minibatch-sgd', root);
  const spec = plotFor('epoch-cost', await pool.grade({ exercise: 'minibatch-sgd', source: ex.reference.source, mode: 'run', seed: 1 }))!;
  expect(spec.xLabel).toBe('epoch');
  const reference = spec.series.find((s) => s.label === 'reference')!;
  expect(reference.points.map((p) => p.x)).toEqual(Array.from({ length: 26 }, (_, e) => e)); // J(w0, b0), then 25 epochs
  expect(reference.points[25].y).toBeLessThan(reference.points[0].y / 10);
});

it('draws the input-gradient norms of the depth experiment once per visible scheme, layer 1 first', async () => {
  const ex = await loadExercise('gradient-norms-by-depth', root);
  const spec = plotFor('depth-grad-norms', await pool.grade({ exercise: 'gradient-norms-by-depth', source: ex.reference.source, mode: 'run', seed: 1 }))!;
  const yours = spec.series.filter((s) => s.label === 'yours');
  expect(yours.map((s) => (s.group as { text: string }).text)).toEqual(['he', 'xavier', 'small']);
  expect(yours.map((s) => s.points.length)).toEqual([50, 50, 30]);
  expect(spec.logY).toBe(true);
  expect(spec.series[0].points[0].x).toBe(1); // layers count from 1
  const small = yours[2].points;
  expect(small[0].y).toBeLessThan(small[29].y * 1e-20); // the gradient vanishes towards the first layer
});
