// The browser's Run path in both languages: the examples the server sends to the page carry
// the grader's Chinese names and hints, and the Run worker's `grade()` (run here in Node with
// the same modules) reports Chinese beside English.
import { describe, expect, it } from 'vitest';
import { exampleGrader } from '../src/lib/client/examples';
import { grade } from '../src/lib/engine/grade';
import { localizeReport } from '../src/lib/engine/localize';
import type { BrowserExamples } from '../src/lib/protocol/browser-examples';
import { nodeWasmSource } from '../src/lib/sandbox/node';
import { SandboxEngine } from '../src/lib/sandbox/sandbox';
import { browserExamples } from '../src/lib/server/browser-examples';
import { loadExercise } from '../src/lib/server/exercises';

describe('Run in the browser', () => {
  it('reports check names and messages in Chinese, from the examples the page receives', async () => {
    const ex = await loadExercise('sigmoid');
    const sent = browserExamples(ex);
    expect(sent).not.toBeNull();
    const examples = JSON.parse(JSON.stringify(sent)) as BrowserExamples; // as posted to the page and the worker
    expect(examples.checks[0].name).toEqual({ en: 'a vector (the worked example)', zh: '一个向量（例题）' });

    const { grader, oracle } = exampleGrader(examples);
    const source = 'export function sigmoid(z) { return Array.isArray(z) ? z.map(sigmoid) : 1 / (1 + Math.exp(z)); }';
    const report = await grade({ exercise: ex.meta, grader, oracle, source, mode: 'run', seed: 0, engine: new SandboxEngine(nodeWasmSource) });
    expect(report.status).toBe('fail');
    const zh = localizeReport(report, 'zh').checks[0];
    expect(zh.name).toBe('一个向量（例题）');
    expect(zh.message).toMatch(/^第 \d 个元素：期望 [\d.]+，得到 [\d.]+/);
    const en = localizeReport(report, 'en').checks[0];
    expect(en.name).toBe('a vector (the worked example)');
    expect(en.message).toMatch(/^element \d: expected [\d.]+, got [\d.]+/);
  });
});
