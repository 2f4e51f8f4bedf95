// Signing in, roles (a viewer cannot publish or erase, and the server refuses when forced), and
// the CSRF check, in a real browser against a real collector serving the built back office.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { startBackOffice, type BackOffice } from './helpers/back-office.js';
import { byRole, hasRole, openView, pageText, pathOf, signIn, waitDeep, waitForText, watchOf } from './helpers/page.js';
import { DEMO } from '../../src/demo/seed.js';

const ROLE_MESSAGE = 'Your role (viewer) cannot do this. Ask an admin.';
const CSRF_MESSAGE = 'This request did not come from the back office. Reload the page and try again.';

/** A request made by the page itself (its cookie), with or without the CSRF token. */
function fromPage(page: Page, method: string, path: string, body: unknown, withToken = true) {
  return page.evaluate(
    async (method, path, body, withToken) => {
      const session = await (await fetch('/v1/admin/session')).json();
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', ...(withToken && { 'x-csrf-token': session.csrf }) },
        body: body === null ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: await res.json().catch(() => null) };
    },
    method,
    path,
    body as object,
    withToken,
  );
}

describe('sign-in and roles', () => {
  let bo: BackOffice;
  let recordId: string;
  const people: Record<'admin' | 'editor' | 'viewer', { email: string; password: string }> = {} as never;

  before(async () => {
    bo = await startBackOffice();
    const seeded = await bo.seed();
    recordId = seeded.consentRecordIds[0]!;
    for (const role of ['admin', 'editor', 'viewer'] as const) people[role] = await bo.addStaff(role);
  });
  after(() => bo?.close());

  it('a wrong password is refused with the same plain words as an unknown email, and nothing is shown', async () => {
    const page = await bo.newPage();
    for (const who of [
      { ...people.admin, password: 'not-the-password' },
      { email: 'nobody@example.org', password: 'whatever-it-is' },
    ]) {
      await openView(page, bo.url, '/admin/sign-in');
      await (await waitDeep(page, 'input[type="email"], >>> input[autocomplete="username"]')).type(who.email);
      await (await waitDeep(page, 'input[type="password"]')).type(who.password);
      await (await byRole(page, 'button', 'Sign in')).click();
      await waitForText(page, /The email or password is not right\./);
      assert.equal(pathOf(page), '/admin/sign-in');
    }
    // Signed out, an admin page sends the person to sign in, keeping where they were going.
    await page.goto(`${bo.url}/admin/results/${DEMO.formId}`);
    await page.waitForFunction(() => location.pathname === '/admin/sign-in', { timeout: 15_000 });
    assert.match(new URL(page.url()).searchParams.get('next') ?? '', new RegExp(`/admin/results/${DEMO.formId}`));
    assert.deepEqual(watchOf(page).csp, []);
    await page.browserContext().close();
  });

  it('an admin signs in, sees who is signed in with which role, and signs out', async () => {
    const page = await bo.newPage();
    await signIn(page, bo.url, people.admin);
    assert.equal(pathOf(page), '/admin/');
    assert.equal(await (await waitDeep(page, '#signed-in-email')).evaluate((e) => e.textContent), people.admin.email);
    assert.equal(await (await waitDeep(page, '#signed-in-role')).evaluate((e) => e.textContent), 'admin');
    assert.ok(await hasRole(page, 'link', 'Staff'), 'an admin has the Staff link');
    await (await byRole(page, 'button', 'Sign out')).click();
    await page.waitForFunction(() => location.pathname === '/admin/sign-in', { timeout: 15_000 });
    const session = await page.evaluate(async () => (await fetch('/v1/admin/session')).status);
    assert.equal(session, 401, 'the session is over on the server too');
    assert.deepEqual(watchOf(page).csp, []);
    await page.browserContext().close();
  });

  it('an editor can publish but not erase; an admin can erase (the buttons follow the role)', async () => {
    const editor = await bo.newPage();
    await signIn(editor, bo.url, people.editor);
    assert.ok(!(await hasRole(editor, 'link', 'Staff')), 'an editor has no Staff link');
    await openView(editor, bo.url, `/admin/impact/${DEMO.panelId}`);
    assert.ok(await hasRole(editor, 'button', /^Publish/), 'the impact view has a Publish button for an editor');
    await openView(editor, bo.url, `/admin/consent/${DEMO.consentId}/${recordId}`);
    assert.ok(await hasRole(editor, 'button', /^Record withdrawal/), 'an editor can record a withdrawal');
    assert.ok(!(await hasRole(editor, 'button', /^Erase/)), 'an editor sees no Erase button');
    await editor.browserContext().close();

    const admin = await bo.newPage();
    await signIn(admin, bo.url, people.admin);
    await openView(admin, bo.url, `/admin/consent/${DEMO.consentId}/${recordId}`);
    assert.ok(await hasRole(admin, 'button', /^Erase/), 'an admin sees an Erase button');
    await admin.browserContext().close();
  });

  it('a viewer sees no publish or erase buttons, and the server refuses when the request is forced', async () => {
    const page = await bo.newPage();
    await signIn(page, bo.url, people.viewer);
    const paths = [
      `/admin/impact/${DEMO.panelId}`,
      `/admin/credits/${DEMO.projectId}`,
      `/admin/consent/${DEMO.consentId}`,
      `/admin/consent/${DEMO.consentId}/${recordId}`,
      `/admin/forms`,
    ];
    for (const path of paths) {
      await openView(page, bo.url, path);
      assert.ok(
        !(await hasRole(page, 'button', /^(Publish|Erase|Record withdrawal)/)),
        `no publish, erase or withdrawal button on ${path}`,
      );
    }
    // The viewer does read: the record's page shows its history.
    await openView(page, bo.url, `/admin/consent/${DEMO.consentId}/${recordId}`);
    assert.match(await pageText(page), /History/);
    const panel = (await bo.admin('GET', `/impact/${DEMO.panelId}/links`)).status;
    assert.equal(panel, 200);
    const publish = await fromPage(page, 'PUT', `/v1/admin/impact/${DEMO.panelId}`, { items: [] });
    assert.equal(publish.status, 403, JSON.stringify(publish));
    assert.equal(publish.json?.error, ROLE_MESSAGE);
    const erase = await fromPage(page, 'DELETE', `/v1/admin/consent/${recordId}`, null);
    assert.equal(erase.status, 403, JSON.stringify(erase));
    assert.equal(erase.json?.error, ROLE_MESSAGE);
    // Nothing changed: the panel still has its items and the record is still there.
    const published = await fetch(`${bo.url}/v1/impact/${DEMO.panelId}`).then((r) => r.json());
    assert.ok(published.items.length > 0);
    const records = (await bo.admin('GET', `/consent?consentId=${DEMO.consentId}`)).json;
    assert.ok(JSON.stringify(records).includes(recordId));
    assert.deepEqual(watchOf(page).csp, []);
    await page.browserContext().close();
  });

  it('CSRF: a write without the token, or from another origin, is refused (403); with both it works', async () => {
    const page = await bo.newPage();
    await signIn(page, bo.url, people.editor);
    const body = {
      name: 'Eastfield Community Food Project',
      consentId: DEMO.consentId,
      forms: [DEMO.formId],
      impactPanelId: DEMO.panelId,
    };
    const forged = await fromPage(page, 'PUT', `/v1/admin/projects/${DEMO.projectId}`, body, false);
    assert.equal(forged.status, 403, JSON.stringify(forged));
    assert.equal(forged.json?.error, CSRF_MESSAGE);

    // The cookie and the token, sent from another site's origin: still refused.
    const cookies = await page.browserContext().cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    assert.match(cookie, /cp_session=/);
    const csrf = await page.evaluate(async () => (await (await fetch('/v1/admin/session')).json()).csrf as string);
    const put = (origin: string) =>
      fetch(`${bo.url}/v1/admin/projects/${DEMO.projectId}`, {
        method: 'PUT',
        headers: { cookie, origin, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const otherSite = await put(bo.siteUrl);
    assert.equal(otherSite.status, 403);
    assert.equal((await otherSite.json()).error, CSRF_MESSAGE);
    // The control: the same request from the back office's own origin is accepted.
    assert.equal((await put(bo.url)).status, 200);
    assert.equal((await fromPage(page, 'PUT', `/v1/admin/projects/${DEMO.projectId}`, body, true)).status, 200);
    await page.browserContext().close();
  });
});
