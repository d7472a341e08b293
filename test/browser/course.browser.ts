// Signed-in paths in a real browser (Debian's Chromium through playwright-core): every page
// passes axe-core with no serious or critical violation; a learner signs in, solves and submits
// with the keyboard alone; a whole course round (instructor creates a course, two learners join
// and submit, one with a classic mistake; the gradebook and the misconception report show it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './axe';
import { launchChromium } from './chromium';
import { ensureBuilt, pgliteTemplate, ROOT, startServer, type RunningServer } from './server';

const SHOTS = join(ROOT, 'test-results');
mkdirSync(SHOTS, { recursive: true });
const reference = (id: string) => readFileSync(join(ROOT, 'reference', id, 'solution.js'), 'utf8');
const mistake = (id: string, name: string) => readFileSync(join(ROOT, 'reference', id, 'mistakes', `${name}.js`), 'utf8');
const TEACHER = { username: 'teacher', password: 'the teacher password' };
let dataDir: string;

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
  // The first instructor as the README says: `npm run users -- add <name> --instructor`, before the
  // server owns the data folder.
  dataDir = mkdtempSync(join(tmpdir(), 'nabla-course-'));
  cpSync(await pgliteTemplate(), dataDir, { recursive: true });
  const add = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/users.ts'), 'add', TEACHER.username, '--instructor'], {
    cwd: ROOT,
    input: TEACHER.password + '\n',
    encoding: 'utf8',
    env: { ...process.env, NABLA_DATA_DIR: dataDir, NABLA_APP_ROOT: ROOT },
  });
  assert.equal(add.status, 0, add.stderr);
  server = await startServer({ NABLA_DATA_DIR: dataDir, NABLA_RATE_BURST: '1000', NABLA_RATE_PER_SECOND: '1000' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signInAs(page: Page, username: string, password: string) {
  await page.goto(server.url + '/signin');
  await page.getByLabel(/Username/).fill(username);
  await page.getByLabel(/Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(server.url + '/');
}

async function signUpAs(page: Page, username: string) {
  await page.goto(server.url + '/signup');
  await page.getByLabel(/Username/).fill(username);
  await page.getByLabel(/Password/).fill(`${username} password`);
  await page.getByRole('button', { name: 'Create an account' }).click();
  await page.waitForURL(server.url + '/');
}

async function submitCode(page: Page, exercise: string, code: string): Promise<string> {
  await page.goto(`${server.url}/exercise/${exercise}`);
  await page.locator('[data-testid=editor][data-loaded=true]').waitFor({ timeout: 60_000 });
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press('ControlOrMeta+v');
  await page.getByTestId('submit').click();
  await page.waitForFunction(() => !document.querySelector('[data-testid=submit]')?.hasAttribute('disabled'), null, { timeout: 60_000 });
  const v = page.getByTestId('verdict');
  await v.waitFor({ timeout: 30_000 });
  return (await v.getAttribute('data-status')) ?? '';
}

describe('accessibility of the public pages', () => {
  for (const path of ['/', '/exercise/linear-predict', '/signin', '/signup', '/help']) {
    it(`${path} has no serious or critical axe violation`, async () => {
      const page = await newPage();
      await page.goto(server.url + path);
      if (path.startsWith('/exercise')) await page.locator('[data-testid=editor][data-loaded=true]').waitFor({ timeout: 60_000 });
      await assertAccessible(page, path);
      await page.context().close();
    });
  }

  it('/help, linked from every page, says how async code is graded, in both languages', async () => {
    const page = await newPage();
    await page.goto(server.url + '/exercise/linear-predict');
    await page.getByRole('link', { name: 'How grading works' }).click();
    await page.waitForURL(/\/help$/);
    assert.match(await page.getByTestId('help-async').innerText(), /awaited.*never settled/s);
    await page.getByTestId('lang-zh').click();
    assert.match(await page.getByTestId('help-async').innerText(), /永远不会兑现/);
    await page.context().close();
  });
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
    await page.waitForFunction(() => document.querySelector('[data-testid=verdict]')?.getAttribute('data-status') === 'pass', null, {
      timeout: 60_000,
    });
    assert.match(await verdict.innerText(), /Accepted/);
    await page.screenshot({ path: join(SHOTS, '20-keyboard-submit.png') });
    await page.context().close();
  });
});

describe('a course round', () => {
  let teacher: Page;
  let code = '';
  let courseUrl = '';

  it('the instructor creates a course of chapter 1 and reads its join code', async () => {
    teacher = await newPage();
    await signInAs(teacher, TEACHER.username, TEACHER.password);
    await teacher.goto(server.url + '/teach');
    await assertAccessible(teacher, '/teach');
    await teacher.getByRole('link', { name: 'Create a course' }).click();
    await teacher.waitForURL(/\/teach\/new/);
    await assertAccessible(teacher, '/teach/new');
    await teacher.getByLabel('Course title').fill('Machine learning, spring term');
    await teacher.locator('input[name=chapter][value="1"]').check();
    await teacher.getByRole('button', { name: /Create/ }).click();
    await teacher.waitForURL(/\/teach\/courses\/\d+$/);
    courseUrl = teacher.url();
    code = (await teacher.getByTestId('join-code').innerText()).trim();
    assert.match(code, /^[A-Z0-9]{6,}$/);
  });

  it('two learners join; one solves linear-predict, the other submits the classic no-bias mistake', async () => {
    const ada = await newPage();
    await signUpAs(ada, 'ada');
    await ada.goto(`${server.url}/join/${code}`);
    await assertAccessible(ada, '/join/<code>');
    await ada.getByRole('button', { name: 'Join this course' }).click();
    await ada.waitForURL(/\/courses\/\d+$/);
    await assertAccessible(ada, '/courses/<id>');
    assert.equal(await submitCode(ada, 'linear-predict', reference('linear-predict')), 'pass');
    await ada.goto(server.url + '/courses');
    await assertAccessible(ada, '/courses');

    const bob = await newPage();
    await signUpAs(bob, 'bob');
    await bob.goto(`${server.url}/join/${code}`);
    await bob.getByRole('button', { name: 'Join this course' }).click();
    await bob.waitForURL(/\/courses\/\d+$/);
    assert.equal(await submitCode(bob, 'linear-predict', mistake('linear-predict', 'no-bias')), 'fail');
    assert.match(await bob.getByTestId('mistake').innerText(), /bias/i);
    await bob.screenshot({ path: join(SHOTS, '21-course-learner-mistake.png') });
    // Bob's history: the stored submission, its report, accessible.
    await bob.getByTestId('history-tab').click();
    await bob.getByTestId('history-item').first().waitFor();
    assert.equal(await bob.getByTestId('history-item').count(), 1);
    assert.equal(await bob.getByTestId('history-item').first().getAttribute('data-verdict'), 'fail');
    await assertAccessible(bob, 'history');
    await ada.context().close();
    await bob.context().close();
  });

  it('the gradebook shows exactly that, and the misconception report names the mistake', async () => {
    await teacher.goto(courseUrl);
    await assertAccessible(teacher, 'gradebook');
    const row = (name: string) => teacher.locator('table.book tbody tr', { has: teacher.locator(`th:text-is("${name}")`) });
    const cell = (name: string) => row(name).locator('td').first();
    assert.match(await cell('ada').innerText(), /100%\s+1×\s+✓/);
    assert.match(await cell('bob').innerText(), /\d+%\s+1×/);
    assert.doesNotMatch(await cell('bob').innerText(), /✓/);
    await teacher.screenshot({ path: join(SHOTS, '22-course-gradebook.png'), fullPage: true });

    await cell('bob').locator('a').click();
    await teacher.getByTestId('submission').first().waitFor();
    assert.match(await teacher.getByTestId('submission').first().innerText(), /no-bias|bias/);
    await assertAccessible(teacher, 'learner submissions');

    await teacher.goto(`${courseUrl}/exercises/linear-predict`);
    assert.equal((await teacher.getByTestId('attempted').innerText()).trim(), '2 / 2');
    assert.equal((await teacher.getByTestId('solved').innerText()).trim(), '1');
    const mistakes = teacher.getByTestId('mistakes');
    const rows = mistakes.locator('tbody tr');
    assert.equal(await rows.count(), 1);
    assert.match(await rows.first().innerText(), /no-bias\s+1\s+0\s+1/);
    await teacher.locator('canvas').first().waitFor();
    await assertAccessible(teacher, 'statistics');
    await teacher.screenshot({ path: join(SHOTS, '23-course-statistics.png'), fullPage: true });
  });
});

describe('no page errors', () => {
  it('no uncaught errors in any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
