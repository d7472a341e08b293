// What a report may say about a check that is not a visible example. The engine leaves out
// its input, expected and returned values; its message still names the expected value
// ("row 2: expected 3.25, got 3.5 (abs error 0.25 > tolerance 3.3e-5)") and `maxError`
// gives it away once the learner knows their own output. Over HTTP those are withheld:
// the learner keeps where it is wrong and what they returned, not what was expected.
import type { CheckResult, Report } from '../engine/types';

const NUMBER = String.raw`-?(?:\d+(?:\.\d+)?(?:e[-+]?\d+)?|Infinity)|NaN`;
const EXPECTED_VALUE = new RegExp(String.raw`expected (?:${NUMBER}|"(?:\\.|[^"\\])*"|true|false|null)(?=,|$| \()`, 'g');
const ABS_ERROR = new RegExp(String.raw` \(abs error (?:${NUMBER}) > tolerance (?:${NUMBER})\)`, 'g');
// The same sentences in Chinese (protocol/messages.ts): "期望 3.25，得到 3.5（绝对误差 0.25 > 容差 3.3e-5）".
const EXPECTED_VALUE_ZH = new RegExp(String.raw`期望 (?:${NUMBER}|"(?:\\.|[^"\\])*"|true|false|null)(?=，|$|（)`, 'g');
const ABS_ERROR_ZH = new RegExp(String.raw`（绝对误差 (?:${NUMBER}) > 容差 (?:${NUMBER})）`, 'g');

export function redactMessage(message: string): string {
  return message.replace(ABS_ERROR, ' (outside the tolerance)').replace(EXPECTED_VALUE, 'expected another value');
}

export function redactMessageZh(message: string): string {
  return message.replace(ABS_ERROR_ZH, '（超出容差）').replace(EXPECTED_VALUE_ZH, '期望另一个值');
}

export function redactCheck(c: CheckResult): CheckResult {
  if (c.kind === 'example') return c;
  const { wrong: _wrong, maxError: _maxError, input: _input, expected: _expected, got: _got, ...rest } = c;
  return {
    ...rest,
    ...(rest.message !== undefined ? { message: redactMessage(rest.message) } : {}),
    ...(rest.messageZh !== undefined ? { messageZh: redactMessageZh(rest.messageZh) } : {}),
  };
}

/** The report as sent to a browser. */
export function redactReport(r: Report): Report {
  return { ...r, checks: r.checks.map(redactCheck) };
}
