// A session ends after a while without requests: the next thing the person does takes them back
// to sign in, with a plain message, and signing in again brings them back where they were.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startBackOffice, type BackOffice } from './helpers/back-office.js';
import { openView, pathOf, signIn, waitDeep, waitForText, watchOf } from './helpers/page.js';
import { DEMO } from '../../src/demo/seed.js';

// Long enough to sign in and open a view, short enough to wait out.
const IDLE_MS = 3000;

describe('session expiry', () => {
  let bo: BackOffice;
  before(async () => {
    bo = await startBackOffice({ sessionIdleMs: IDLE_MS });
    await bo.seed();
  });
  after(() => bo?.close());

  it('after the idle time, the page goes back to sign-in and says why', async () => {
    const who = await bo.addStaff('editor');
    const page = await bo.newPage();
    await signIn(page, bo.url, who);
    await openView(page, bo.url, `/admin/impact/${DEMO.panelId}`);
    assert.equal(pathOf(page), `/admin/impact/${DEMO.panelId}`);
    // Wait past the idle time, with no request in between (the page makes none on its own).
    await new Promise((r) => setTimeout(r, IDLE_MS + 1500));
    const status = await page.evaluate(async () => (await fetch('/v1/admin/session')).status);
    assert.equal(status, 401, 'the server ended the session');
    // The next thing the person does (open the overview from the navigation) needs the session.
    await (await waitDeep(page, '#nav-overview')).click();
    await page.waitForFunction(() => location.pathname === '/admin/sign-in', { timeout: 15_000 });
    await waitForText(page, /Your session has ended\. Sign in again to carry on\./);
    assert.deepEqual(watchOf(page).csp, []);
    await page.browserContext().close();
  });
});
