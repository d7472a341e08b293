import { describe, expect, it } from 'vitest';
import { compareValues, DEFAULT_TOLERANCE, describePath, describeShape, dims, fmt, isClose } from './compare';

describe('isClose (numpy isclose)', () => {
  it('uses |got − want| ≤ atol + rtol·|want| with numpy defaults', () => {
    expect(DEFAULT_TOLERANCE).toEqual({ rtol: 1e-5, atol: 1e-8 });
    expect(isClose(1 + 0.9e-5, 1)).toBe(true);
    expect(isClose(1 + 1.1e-5, 1)).toBe(false);
    expect(isClose(5e-9, 0)).toBe(true);
    expect(isClose(2e-8, 0)).toBe(false);
  });
  it('is relative to the expected value, not the returned one', () => {
    expect(isClose(1000, 1000.009)).toBe(true);
    expect(isClose(100, 200, { rtol: 0.5, atol: 0 })).toBe(true);
    expect(isClose(200, 100, { rtol: 0.5, atol: 0 })).toBe(false);
  });
  it('matches NaN only with NaN and infinities only exactly', () => {
    expect(isClose(NaN, NaN)).toBe(true);
    expect(isClose(NaN, 1)).toBe(false);
    expect(isClose(1, NaN)).toBe(false);
    expect(isClose(Infinity, Infinity)).toBe(true);
    expect(isClose(-Infinity, Infinity)).toBe(false);
    expect(isClose(1e308, Infinity)).toBe(false);
  });
  it('treats −0 as 0 unless signedZero is asked for', () => {
    expect(isClose(-0, 0)).toBe(true);
    expect(isClose(-0, 0, { ...DEFAULT_TOLERANCE, signedZero: true })).toBe(false);
    expect(isClose(-0, -0, { ...DEFAULT_TOLERANCE, signedZero: true })).toBe(true);
  });
});

describe('compareValues', () => {
  it('accepts equal structures within tolerance and reports the max error', () => {
    const r = compareValues(
      [
        [1, 2],
        [3, 4 + 1e-9],
      ],
      [
        [1, 2],
        [3, 4],
      ],
    );
    expect(r.ok).toBe(true);
    expect(r.maxError).toBeCloseTo(1e-9, 15);
  });
  it('names the worst cell of a matrix with row and column, and counts the wrong ones', () => {
    const r = compareValues(
      [
        [1, 2],
        [0.25, 4],
      ],
      [
        [1, 2.0000005],
        [0.5, 4],
      ],
      { rtol: 0, atol: 1e-6 },
    );
    expect(r.ok).toBe(false);
    expect(r.message).toBe('row 1, column 0: expected 0.5, got 0.25 (abs error 0.25 > tolerance 1e-6) (1 of 4 numbers wrong)');
    expect(r.wrong).toEqual([[1, 0]]);
    const two = compareValues(
      [
        [9, 2],
        [0.25, 4],
      ],
      [
        [1, 2],
        [0.5, 4],
      ],
    );
    expect(two.message).toMatch(/^row 0, column 0: expected 1, got 9 .*\(2 of 4 numbers wrong\)$/);
    expect(two.wrong).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });
  it('checks shapes before values', () => {
    expect(
      compareValues(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      ).message,
    ).toBe('expected a 3×2 matrix, got 2×3');
    expect(compareValues([1, 2], [1, 2, 3]).message).toBe('expected a vector of 3 numbers, got a vector of 2 numbers');
    expect(compareValues(3, [3]).message).toBe('expected a vector of 1 number, got a number');
    expect(compareValues([3], 3).message).toBe('expected a number, got a vector of 1 number');
    expect(compareValues(undefined, [1]).message).toMatch(/got undefined \(did the function return a value\?\)/);
  });
  it('reports non-finite values before ordinary errors', () => {
    const r = compareValues([1, 5, NaN], [1, 2, 3]);
    expect(r.message).toBe('element 2: expected 3, got NaN (2 of 3 numbers wrong)');
  });
  it('expects NaN where the reference gives NaN', () => {
    expect(compareValues([NaN], [NaN]).ok).toBe(true);
    expect(compareValues([0], [NaN]).message).toBe('element 0: expected NaN, got 0');
  });
  it('walks objects by field, names missing fields, ignores extra ones', () => {
    expect(compareValues({ dw: [1, 2], db: 3, extra: true }, { dw: [1, 2], db: 3 }).ok).toBe(true);
    expect(compareValues({ dw: [1, 2] }, { dw: [1, 2], db: 3 }).message).toBe('the result has no field `db` (expected the fields `dw`, `db`)');
    expect(compareValues({ dw: [1, 7], db: 3 }, { dw: [1, 2], db: 3 }).message).toMatch(/^dw\[1\]: expected 2, got 7/);
    expect(compareValues([1, 2], { w: [1, 2] }).message).toMatch(/^expected an object with the field `w`, got a vector of 2 numbers/);
  });
  it('compares strings and booleans exactly', () => {
    expect(compareValues('high bias', 'high bias').ok).toBe(true);
    expect(compareValues('good', 'high bias').message).toBe('expected "high bias", got "good"');
    expect(compareValues(true, false).ok).toBe(false);
  });
  it('can tell −0 from 0 when asked', () => {
    expect(compareValues([0], [-0], { rtol: 0, atol: 0, signedZero: true }).message).toMatch(/the sign of zero differs/);
  });
});

describe('descriptions', () => {
  it('describes shapes', () => {
    expect(describeShape([[1, 2, 3]])).toBe('a 1×3 matrix');
    expect(describeShape([[[1]], [[2]]])).toBe('a 2×1×1 array');
    expect(describeShape([[1], [2, 3]])).toBe('an array of 2 items');
    expect(describeShape([])).toBe('an empty array');
    expect(
      dims([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toEqual([3, 2]);
    expect(dims([[1, 2], [3]])).toBeNull();
  });
  it('describes paths', () => {
    expect(describePath([3])).toBe('element 3');
    expect(describePath([2, 0])).toBe('row 2, column 0');
    expect(describePath(['dW', 1, 2, 0])).toBe('dW[1][2][0]');
    expect(describePath([0, 'X', 1, 2])).toBe('[0].X[1][2]');
  });
  it('formats numbers readably', () => {
    expect(fmt(0.5)).toBe('0.5');
    expect(fmt(1e-12)).toBe('1e-12');
    expect(fmt(-0)).toBe('-0');
    expect(fmt(NaN)).toBe('NaN');
    expect(fmt(123456.789)).toBe('123456.79');
    expect(fmt(2.5e-7, 3)).toBe('2.5e-7');
  });
});
