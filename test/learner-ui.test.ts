// The learner's stored work in a real browser (Debian's Chromium): the one-time offer to import
// guest work, progress from the server, the imported draft in the editor, Submit → History (by
// keyboard) → a submission's code back into the editor, and a draft conflict with another device.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from './support/accounts';
import { DATABASE_KINDS, newPostgresUrl, ROOT } from './support/databases';
import { launchChromium } from './browser/chromium';
import { ensureBuilt, startServer, type RunningServer } from './browser/server';

const reference = readFileSync(join(ROOT, 'reference/linear-predict/solution.js'), 'utf8');

type EditorWindow = { __nablaEditor: { getValue(): string; setValue(v: string): void } };
const editorValue = (page: Page) => page.evaluate(() => (window as unknown as EditorWindow).__nablaEditor.getValue());

let browser: Browser;
beforeAll(async () => {
  await ensureBuilt();
  browser = await launchChromium();
}, 600_000);
afterAll(async () => {
  await browser?.close();
});

describe.each(DATABASE_KINDS)('on %s', (kind) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      NABLA_RATE_BURST: '1000',
      NABLA_RATE_PER_SECOND: '1000',
      ...(kind === 'postgres' ? { DATABASE_URL: await newPostgresUrl() } : {}),
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('import, history, drafts that follow the learner, a conflict', async () => {
    const account = await signUp(server.url, `ui-${kind}`);
    const [name, value] = account.cookie.split('=');
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    try {
      await context.addCookies([{ name, value, url: server.url }]);
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => void d.accept());

      // Guest work left in this browser before signing in.
      await page.goto(server.url + '/');
      await page.evaluate(() => {
        localStorage.setItem(
          'nabla.progress',
          JSON.stringify({ 'linear-predict': { status: 'solved', at: 1 }, adam: { status: 'attempted', at: 2 } }),
        );
        localStorage.setItem('nabla.draft.adam', '// guest adam');
      });
      await page.reload();
      await page.getByTestId('import-offer').waitFor();
      await page.getByTestId('import-do').click();
      await page.locator('[data-testid=exercise-link][data-id=linear-predict][data-status=solved]').waitFor();
      await page.locator('[data-testid=exercise-link][data-id=adam][data-status=attempted]').waitFor();
      await page.reload();
      await page.locator('[data-testid=exercise-link][data-id=linear-predict][data-status=solved]').waitFor();
      expect(await page.getByTestId('import-offer').count()).toBe(0);

      // The imported draft is in the editor, from the server.
      await page.goto(server.url + '/exercise/adam');
      await page.locator('[data-testid=editor][data-loaded=true]').waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => (window as unknown as EditorWindow).__nablaEditor.getValue() === '// guest adam', null, { timeout: 10_000 });

      // Submit, then the History tab by keyboard.
      await page.goto(server.url + '/exercise/linear-predict');
      await page.locator('[data-testid=editor][data-loaded=true]').waitFor({ timeout: 60_000 });
      await page.evaluate((code) => (window as unknown as EditorWindow).__nablaEditor.setValue(code), reference);
      await page.getByTestId('submit').click();
      await page.locator('[data-testid=verdict][data-status=pass]').waitFor({ timeout: 30_000 });
      await page.locator('#tab-result').focus();
      await page.keyboard.press('ArrowRight');
      await page.locator('[data-testid=history-item][data-verdict=pass]').first().waitFor();
      await page.evaluate((code) => (window as unknown as EditorWindow).__nablaEditor.setValue(code), '// something else');
      await page.locator('[data-testid=history-item]').first().focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('viewing').waitFor();
      await page.locator('[data-testid=verdict][data-status=pass]').waitFor();
      await page.getByTestId('open-code').click(); // asks first (accepted)
      expect((await editorValue(page)).trim()).toBe(reference.trim());

      // Synced to the account (debounced).
      await page.locator('[data-testid=sync-state][data-state=synced]').waitFor({ timeout: 15_000 });
      const headers = { cookie: account.cookie, 'content-type': 'application/json' };
      const mine = await (await fetch(`${server.url}/api/drafts/linear-predict`, { headers })).json();
      expect(mine.draft.source.trim()).toBe(reference.trim());

      // Another device saves meanwhile; this tab's next save is a conflict.
      const other = await fetch(`${server.url}/api/drafts/linear-predict`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ source: '// other device', baseVersion: mine.draft.version }),
      });
      expect(other.status).toBe(200);
      await page.evaluate((code) => (window as unknown as EditorWindow).__nablaEditor.setValue(code), reference + '\n// this tab');
      await page.getByTestId('draft-conflict').waitFor({ timeout: 15_000 });
      const during = await (await fetch(`${server.url}/api/drafts/linear-predict`, { headers })).json();
      expect(during.conflicts.map((c: { source: string }) => c.source)).toContain(reference + '\n// this tab');
      await page.getByTestId('take-theirs').click();
      await page.waitForFunction(() => (window as unknown as EditorWindow).__nablaEditor.getValue() === '// other device');
      await page.locator('[data-testid=sync-state][data-state=synced]').waitFor({ timeout: 15_000 });
      const after = await (await fetch(`${server.url}/api/drafts/linear-predict`, { headers })).json();
      expect(after.draft.source).toBe('// other device');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
