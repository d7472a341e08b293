// The catalog contract, on a fixture: parsing rows and exports, and every kind of mismatch.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError, contractProblems, parseExportList, readCatalogFile } from '../src/lib/server/catalog';

const fixture = join(import.meta.dirname, 'fixtures', 'catalog.md');

describe('readCatalogFile', () => {
  it('reads ids, chapters, exports and semantics', () => {
    const rows = readCatalogFile(fixture);
    expect(rows.map((r) => [r.id, r.chapter])).toEqual([
      ['linear-predict', 1],
      ['mse-cost', 1],
      ['sigmoid', 2],
      ['adam-like', 2],
    ]);
    expect(rows[1].exports).toEqual([{ name: 'computeCost', params: ['X', 'y', 'w', 'b'], signature: 'computeCost(X, y, w, b)' }]);
    expect(rows[2].exports.map((e) => e.name)).toEqual(['sigmoid', 'sigmoidGrad']);
    expect(rows[2].semantics).toContain('| stable');
    expect(rows[3].exports).toEqual([{ name: 'Adam', params: [], signature: 'class Adam' }]);
  });

  it('fails loudly on a missing file or one without rows', () => {
    expect(() => readCatalogFile('/no/such/curriculum.md')).toThrow(CatalogError);
    expect(() => readCatalogFile(join(import.meta.dirname, 'fixtures', 'linear-predict-correct.js'))).toThrow(/no catalog rows/);
  });
});

describe('parseExportList', () => {
  it('reads signatures separated by ; or by commas between calls', () => {
    expect(parseExportList('computeCost(X, y, w, b)').map((e) => e.params)).toEqual([['X', 'y', 'w', 'b']]);
    expect(parseExportList('f(a, b), g(c); class H').map((e) => e.signature)).toEqual(['f(a, b)', 'g(c)', 'class H']);
    expect(parseExportList('step(theta, lr = 0.1)')[0].params).toEqual(['theta', 'lr']);
    expect(parseExportList('not a signature')).toEqual([]);
  });
});

describe('contractProblems', () => {
  const catalog = readCatalogFile(fixture);
  const ok = { id: 'mse-cost', chapter: 1, exports: [{ name: 'computeCost', params: ['X', 'y', 'w', 'b'] }] };

  it('accepts an exercise that matches its row', () => {
    expect(contractProblems(catalog, [ok])).toEqual([]);
  });

  it('names every kind of mismatch', () => {
    const problems = contractProblems(catalog, [
      { id: 'unknown', chapter: 1, exports: [] },
      { ...ok, chapter: 3 },
      { id: 'sigmoid', chapter: 2, exports: [{ name: 'sigmoid', params: ['z'] }] },
      { ...ok, exports: [{ name: 'computeCost', params: ['X', 'y', 'theta'] }] },
    ]);
    expect(problems.map((p) => `${p.id} ${p.problem}`)).toEqual([
      'unknown is not in the catalog',
      'mse-cost chapter 3, the catalog says 1',
      'sigmoid exports sigmoid, the catalog says sigmoid, sigmoidGrad',
      'mse-cost computeCost(X, y, theta), the catalog says computeCost(X, y, w, b)',
    ]);
  });
});
