// How a number is written for a learner: short, exact about NaN, ±Infinity and −0.
// Shared by the engine's messages, the sandbox console and the results panel.

export function fmt(x: number, digits = 6): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (Object.is(x, -0)) return '-0';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-4 && a < 1e9) return String(Number(x.toPrecision(digits + 2)));
  return x.toExponential(Math.max(0, digits - 1)).replace(/\.?0+e/, 'e');
}
