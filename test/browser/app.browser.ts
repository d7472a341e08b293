// The learner's path through the web app in a real browser (Debian's Chromium through
// playwright-core): home → exercise → stub → type a solution into Monaco → Run → Submit →
// solved; a wrong solution; a generic diagnosis; an infinite loop; Chinese. Screenshots go to test-results/.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { ensureBuilt, ROOT, startServer, type RunningServer } from './server';

const SHOTS = join(ROOT, 'test-results');
mkdirSync(SHOTS, { recursive: true });

const reference = (id: string) => readFileSync(join(ROOT, 'reference', id, 'solution.js'), 'utf8');
const mistake = (id: string, name: string) => readFileSync(join(ROOT, 'reference', id, 'mistakes', `${name}.js`), 'utf8');
const LOOP = 'export function predict(X, w, b) {\n  while (true) {}\n}\n';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

async function shot(name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Replace the editor's content as a learner would: select all, delete, paste the code. */
async function typeCode(code: string) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press('ControlOrMeta+v');
  await page.waitForFunction(() => (window as unknown as { __nablaEditor: { getValue(): string } }).__nablaEditor.getValue().length > 0);
  const value = await page.evaluate(() => (window as unknown as { __nablaEditor: { getValue(): string } }).__nablaEditor.getValue());
  assert.equal(value.trim(), code.trim(), 'the editor holds the typed code');
}

async function verdict(): Promise<{ status: string; text: string }> {
  const v = page.getByTestId('verdict');
  await v.waitFor({ timeout: 30_000 });
  return { status: (await v.getAttribute('data-status')) ?? '', text: await v.innerText() };
}

async function clickAndWait(button: 'run' | 'submit'): Promise<{ status: string; text: string; ms: number }> {
  // Wait for the previous verdict to go away, so the one read is the new one.
  const t0 = Date.now();
  await page.getByTestId(button).click();
  await page.waitForFunction(() => !document.querySelector('[data-testid=run]')?.hasAttribute('disabled'), null, { timeout: 30_000 });
  const v = await verdict();
  return { ...v, ms: Date.now() - t0 };
}

before(async () => {
  await ensureBuilt();
  server = await startServer({ NABLA_RATE_BURST: '1000', NABLA_RATE_PER_SECOND: '1000' });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the learner’s path', () => {
  it('home lists the course; opening a chapter-1 exercise shows the statement and the stub', async () => {
    await page.goto(server.url + '/');
    assert.ok((await page.getByTestId('chapter').count()) >= 1);
    await shot('01-home');
    await page.locator('[data-testid=exercise-link][data-id=linear-predict]').click();
    await page.waitForURL(/\/exercise\/linear-predict$/);
    assert.equal(await page.getByTestId('title').innerText(), 'Linear predictions');
    assert.match(await page.getByTestId('statement').innerText(), /Worked example/);
    await page.locator('[data-testid=editor][data-loaded=true]').waitFor({ timeout: 60_000 });
    await page.locator('.monaco-editor .view-lines', { hasText: 'not implemented' }).waitFor();
    await shot('02-exercise-stub');
  });

  it('a correct solution: Run passes the examples, Submit passes every check, progress shows solved', async () => {
    await typeCode(reference('linear-predict'));
    const run = await clickAndWait('run');
    assert.equal(run.status, 'pass', run.text);
    assert.match(run.text, /Examples pass/);
    const checks = page.getByTestId('check');
    assert.ok((await checks.count()) >= 1);
    assert.equal(await page.locator('[data-testid=check][data-status=pass]').count(), await checks.count());
    console.log(`# browser Run (click → verdict): ${run.ms} ms`);
    await shot('03-run-pass');

    const submit = await clickAndWait('submit');
    assert.equal(submit.status, 'pass', submit.text);
    assert.match(submit.text, /Accepted/);
    await page.getByTestId('solved-banner').waitFor();
    assert.equal(await page.getByTestId('progress-status').getAttribute('data-status'), 'solved');
    await shot('04-submit-accepted');

    await page.goto(server.url + '/');
    // Progress is read in the browser after hydration: the server-rendered page says not-started first.
    await page
      .locator('[data-testid=exercise-link][data-id=linear-predict][data-status=solved]')
      .waitFor({ timeout: 15_000 })
      .catch(() => {});
    assert.equal(await page.locator('[data-testid=exercise-link][data-id=linear-predict]').getAttribute('data-status'), 'solved');
    assert.match(await page.getByTestId('solved-count').innerText(), /^1 of \d+ solved$/);
    await shot('05-home-solved');
  });

  it('a draft is kept: the page reopens with the learner’s code', async () => {
    await page.goto(server.url + '/exercise/linear-predict');
    await page.locator('[data-testid=editor][data-loaded=true]').waitFor({ timeout: 60_000 });
    const value = await page.evaluate(() => (window as unknown as { __nablaEditor: { getValue(): string } }).__nablaEditor.getValue());
    assert.equal(value.trim(), reference('linear-predict').trim());
  });

  it('a wrong solution: the failing cells are highlighted, the message and the mistake’s hint shown', async () => {
    await typeCode(mistake('linear-predict', 'bias-per-feature'));
    const run = await clickAndWait('run');
    assert.equal(run.status, 'fail');
    assert.ok((await page.locator('[data-testid=got] .cell.wrong').count()) > 0, 'wrong cells are highlighted');
    assert.match(await page.getByTestId('check-message').first().innerText(), /expected .*got/);
    await shot('06-run-wrong');
    const submit = await clickAndWait('submit');
    assert.equal(submit.status, 'fail');
    assert.match(await page.getByTestId('mistake').innerText(), /once per example/);
    await shot('07-submit-mistake');
    // The same report in Chinese: switching the language grades nothing again.
    let gradings = 0;
    const count = (r: { url(): string }) => void (r.url().includes('/api/grade') && gradings++);
    page.on('request', count);
    const englishName = await page.locator('[data-testid=results] .name').first().innerText();
    await page.getByTestId('lang-zh').click();
    await page.waitForFunction((name) => document.querySelector('[data-testid=results] .name')?.textContent !== name, englishName);
    assert.match(await page.locator('[data-testid=results] .name').first().innerText(), /[\u4e00-\u9fff]/);
    assert.match(await page.getByTestId('check-message').first().innerText(), /期望.*得到/);
    await shot('07b-submit-mistake-zh');
    await page.getByTestId('lang-en').click();
    assert.equal(await page.locator('[data-testid=results] .name').first().innerText(), englishName);
    assert.match(await page.getByTestId('check-message').first().innerText(), /expected .*got/);
    page.off('request', count);
    assert.equal(gradings, 0, 'switching the language sent no grading request');
  });

  it('a solution returning exactly twice the expected values: the generic diagnosis says so, in English and Chinese', async () => {
    await typeCode('export function predict(X, w, b) {\n  return X.map((row) => 2 * row.reduce((s, x, j) => s + x * w[j], b));\n}\n');
    const run = await clickAndWait('run');
    assert.equal(run.status, 'fail');
    assert.match(await page.getByTestId('diagnosis').innerText(), /every value is exactly 2 times the expected one/);
    const submit = await clickAndWait('submit');
    assert.equal(submit.status, 'fail');
    assert.equal(await page.getByTestId('mistake').count(), 0, 'no named mistake: the diagnosis is generic');
    assert.match(
      await page.getByTestId('diagnosis').innerText(),
      /every value is exactly 2 times the expected one — an extra factor 2, or a missing ½\?/,
    );
    await shot('07b-submit-diagnosis');
    await page.getByTestId('lang-zh').click();
    assert.match(await page.getByTestId('diagnosis').innerText(), /每个值都恰好是期望值的 2 倍/);
    await page.getByTestId('lang-en').click();
    assert.match(await page.getByTestId('diagnosis').innerText(), /exactly 2 times/);
  });

  it('a syntax error becomes a marker at its line in the editor', async () => {
    await typeCode('export function predict(X, w, b) {\n  return X.map((row) => row.reduce((s, x, j) => s + x * w[j], b);\n}\n');
    const run = await clickAndWait('run');
    assert.equal(run.status, 'error');
    assert.match(await page.getByTestId('submission-error').innerText(), /SyntaxError/);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 10_000 });
    await shot('08-syntax-error');
  });

  it('an infinite loop: a time-limit message, and the page stays responsive meanwhile', async () => {
    await typeCode(LOOP);
    await page.getByTestId('run').click();
    // While the loop runs in the worker, the page answers at once.
    const t0 = Date.now();
    const revealed = await page.getByTestId('hint').count();
    await page.getByTestId('reveal-hint').click();
    await page.getByTestId('hint').nth(revealed).waitFor({ timeout: 1000 });
    const responsiveMs = Date.now() - t0;
    assert.ok(responsiveMs < 1000, `the page answered in ${responsiveMs} ms`);
    await page.waitForFunction(() => !document.querySelector('[data-testid=run]')?.hasAttribute('disabled'), null, { timeout: 20_000 });
    const v = await verdict();
    assert.notEqual(v.status, 'pass');
    assert.match(await page.getByTestId('results').innerText(), /time limit/i);
    await shot('09-infinite-loop');
    // And the next Run works.
    await typeCode(reference('linear-predict'));
    assert.equal((await clickAndWait('run')).status, 'pass');
  });

  it('switching to Chinese shows the Chinese statement and interface, and is remembered', async () => {
    await page.getByTestId('lang-zh').click();
    assert.equal(await page.getByTestId('title').innerText(), '线性预测');
    assert.match(await page.getByTestId('statement').innerText(), /任务/);
    assert.equal(await page.getByTestId('run').innerText(), '▶ 运行');
    await shot('10-chinese');
    await page.reload();
    assert.equal(await page.getByTestId('title').innerText(), '线性预测');
    await page.getByTestId('lang-en').click();
    assert.equal(await page.getByTestId('title').innerText(), 'Linear predictions');
  });

  for (const [id, name] of [
    ['gradient-descent', '11-plot-cost-history'],
    ['optimizer-paths', '12-plot-optimizer-path'],
    ['learning-curves', '13-plot-learning-curve'],
    ['pointwise-conv', '14-plot-images'],
  ]) {
    it(`${id}: the plot draws the learner’s curve over the reference’s`, async () => {
      await page.goto(server.url + '/exercise/' + id);
      await page.locator('[data-testid=editor][data-loaded=true]').waitFor({ timeout: 60_000 });
      await typeCode(reference(id));
      const run = await clickAndWait('run');
      assert.equal(run.status, 'pass', run.text);
      await page.locator('[data-testid=plot][data-ready=true]').waitFor({ timeout: 15_000 });
      await page.getByTestId('plot').scrollIntoViewIfNeeded();
      await shot(name);
    });
  }

  it('a display formula wider than the statement pane scrolls sideways inside it, from the keyboard too', async () => {
    await page.setViewportSize({ width: 1000, height: 800 });
    try {
      await page.goto(server.url + '/exercise/gradient-descent');
      const wide = page.locator('[data-testid=statement] .math-display.overflowing').first();
      await wide.waitFor();
      const seen = await wide.evaluate((el) => ({
        tab: el.tabIndex,
        role: el.getAttribute('role'),
        label: el.getAttribute('aria-label'),
        sw: el.scrollWidth,
        cw: el.clientWidth,
      }));
      assert.ok(seen.sw > seen.cw, `the update rule is wider than the pane here (${seen.sw} > ${seen.cw})`);
      assert.equal(seen.tab, 0, 'an overflowing formula is in the tab order');
      assert.equal(seen.role, 'region');
      assert.match(seen.label ?? '', /scroll sideways/);
      await wide.focus();
      for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
      const end = await wide.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const formula = el.querySelector('.katex')!.getBoundingClientRect();
        return { left: el.scrollLeft, formulaRight: formula.right, boxRight: box.right };
      });
      assert.ok(end.left > 0, 'arrow keys scrolled the formula');
      assert.ok(end.formulaRight <= end.boxRight + 1, `its right end is in view (${end.formulaRight} ≤ ${end.boxRight})`);
      await shot('10-wide-formula-scrolled');
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    // Wide enough now: the same formula fits, and leaves the tab order.
    await page.waitForFunction(() => !document.querySelector('[data-testid=statement] .math-display.overflowing'));
    assert.equal(await page.locator('[data-testid=statement] .math-display[tabindex]').count(), 0);
  });

  it('no uncaught errors in the page', () => {
    assert.deepEqual(errors, []);
  });
});
