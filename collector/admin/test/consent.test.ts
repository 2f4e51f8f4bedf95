// Consent in the back office: a withdrawal received by phone, recorded by staff, takes the person
// out of the published credits; erasure asks first, says what goes, and then the data is gone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { startBackOffice, type BackOffice } from './helpers/back-office.js';
import { byRole, hasRole, openView, pageText, settle, signIn, waitDeep, waitForText, watchOf } from './helpers/page.js';
import { DEMO } from '../../src/demo/seed.js';

type Json = Record<string, any>;

describe('consent, withdrawal, credits and erasure', () => {
  let bo: BackOffice;
  let records: string[];
  const credits = async (): Promise<string> =>
    JSON.stringify(await fetch(`${bo.url}/v1/credits/${DEMO.projectId}`).then((r) => r.json()));
  const record = async (id: string): Promise<Json | undefined> => {
    const res = await bo.admin('GET', `/consent?consentId=${DEMO.consentId}`);
    assert.equal(res.status, 200, res.text);
    const list: Json[] = res.json.items ?? res.json.records ?? [];
    return list.find((r) => (r.record?.id ?? r.id ?? r.recordId) === id);
  };

  before(async () => {
    bo = await startBackOffice();
    records = (await bo.seed()).consentRecordIds;
  });
  after(() => bo?.close());

  /** Clears a kit text field (inside its shadow root) and types `text`. */
  async function fill(page: Page, id: string, text: string) {
    const input = await waitDeep(page, `#${id} >>> input, >>> #${id} >>> textarea`);
    await input.click({ count: 3 });
    await page.keyboard.press('Backspace');
    await input.type(text);
  }

  it('a withdrawal from everything, recorded by an editor, takes the person out of the published credits', async () => {
    const [grace] = records;
    assert.match(await credits(), /Grace Mensah/, 'before: Grace is credited');
    const editor = await bo.addStaff('editor');
    const page = await bo.newPage();
    await signIn(page, bo.url, editor);
    await openView(page, bo.url, `/admin/consent/${DEMO.consentId}/${grace}`);
    await (await waitDeep(page, '#withdraw-scope >>> input[value="all"]')).click();
    await fill(page, 'withdraw-reason', 'Rang the office: moving away from Eastfield.');
    await fill(page, 'withdraw-by', 'Sam at the front desk');
    await (await byRole(page, 'button', 'Record withdrawal')).click();
    // The view says it was done (a success notice), then shows the history with who recorded it.
    await waitDeep(page, '#consent-message');
    await settle(page);
    await waitForText(page, /Withdrew from everything.*Recorded by Sam at the front desk/);
    // The server has the staff-recorded event, and the credits are built without her.
    const after = await record(grace!);
    assert.ok(after, 'the record is still listed');
    assert.match(JSON.stringify(after), /Sam at the front desk/);
    assert.doesNotMatch(await credits(), /Grace Mensah/, 'after: Grace is no longer credited');
    // The credits view (what staff preview and publish) follows too.
    await openView(page, bo.url, `/admin/credits/${DEMO.projectId}`);
    const text = await pageText(page);
    assert.match(text, /Priya Shah/, 'the credits view lists the people still credited');
    assert.doesNotMatch(text, /Grace Mensah/, 'the credits view no longer lists Grace');
    assert.deepEqual(watchOf(page).csp, []);
    await page.browserContext().close();
  });

  it('erasure: a confirmation step says what will go; "No" keeps it; "Yes" erases, and the person leaves the credits', async () => {
    const tomasz = records[1]!;
    assert.match(await credits(), /Tomasz/);
    const admin = await bo.addStaff('admin');
    const page = await bo.newPage();
    await signIn(page, bo.url, admin);
    await openView(page, bo.url, `/admin/consent/${DEMO.consentId}/${tomasz}`);
    await (await byRole(page, 'button', "Erase this person's data")).click();
    const confirm = await waitForText(page, /This removes, for good/);
    assert.match(confirm, /Erase the data in record [A-Z]{2}-/);
    assert.match(confirm, /their access needs/);
    // Asking is not erasing; and "No" keeps it.
    assert.match(await credits(), /Tomasz/);
    await (await byRole(page, 'button', 'No, keep it')).click();
    await settle(page);
    assert.ok(!(await hasRole(page, 'button', 'Yes, erase their data')), 'the confirmation is gone after "No"');
    assert.match(await credits(), /Tomasz/, 'still credited after "No"');

    await (await byRole(page, 'button', "Erase this person's data")).click();
    await (await byRole(page, 'button', 'Yes, erase their data')).click();
    await waitDeep(page, '#consent-message');
    await waitForText(page, /Their data was erased\./);
    assert.doesNotMatch(await credits(), /Tomasz/, 'no longer credited');
    const erased = await record(tomasz);
    // What stays is a note that a record existed: no credit, no access needs, no payment.
    if (erased) {
      const text = JSON.stringify(erased);
      assert.doesNotMatch(text, /Tomasz|Nowak/);
      assert.match(text, /erased/i);
    }
    assert.deepEqual(watchOf(page).csp, []);
    await page.browserContext().close();
  });
});
