// axe on every back-office view (WCAG 2.2 A and AA, best practice, and AAA contrast: the kit's
// tags), no CSP violation anywhere, and public free text shown inert and within the page at 320 px:
// a very long word, Arabic and Urdu, and a "<b>" typed by someone, all with the demo data.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { startBackOffice, type BackOffice } from './helpers/back-office.js';
import {
  axe,
  describeViolations,
  openView,
  pageText,
  signIn,
  textPlacement,
  waitForText,
  watchOf,
} from './helpers/page.js';
import { DEMO } from '../../src/demo/seed.js';

const LONG_WORD = 'Supercalifragilisticexpialidociousfoodbankvouchers';
const ARABIC = 'لا أستطيع شراء الطعام الطازج';
const URDU = 'بس کا کرایہ بہت زیادہ ہے';

describe('accessibility, CSP and public free text', () => {
  let bo: BackOffice;
  let page: Page;
  let recordId: string;

  before(async () => {
    bo = await startBackOffice();
    recordId = (await bo.seed()).consentRecordIds[2]!;
    page = await bo.newPage();
  });
  after(() => bo?.close());

  /** Every view, signed in as an admin (who sees the most), with the demo round in it. */
  const views = () => [
    ['overview', '/admin/'],
    ['results', `/admin/results/${DEMO.formId}`],
    ['results filtered by an answer', `/admin/results/${DEMO.formId}?question=skipped&answer=most-weeks`],
    ['responses', `/admin/responses/${DEMO.formId}`],
    ['consent', `/admin/consent/${DEMO.consentId}`],
    ['a consent record', `/admin/consent/${DEMO.consentId}/${recordId}`],
    ['credits', `/admin/credits/${DEMO.projectId}`],
    ['you said, we did', `/admin/impact/${DEMO.panelId}`],
    ['forms', '/admin/forms'],
    ['a form', `/admin/forms/${DEMO.formId}`],
    ['staff', '/admin/staff'],
    ['audit log', '/admin/audit'],
    ['a page that does not exist', '/admin/nothing-here'],
  ];

  it('the axe check catches a violation, and the CSP watch catches an inline style (the checks can fail)', async () => {
    await openView(page, bo.url, '/admin/sign-in');
    assert.deepEqual(await axe(page), [], 'the sign-in page itself passes');
    await page.evaluate(() => {
      const bad = document.createElement('div');
      bad.innerHTML =
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /><button></button><p style="color: #999">Faint words</p>';
      document.body.append(bad);
    });
    const found = (await axe(page)).map((v) => v.id);
    assert.ok(found.includes('image-alt'), `axe found ${found.join(', ')}`);
    assert.ok(found.includes('button-name'), `axe found ${found.join(', ')}`);
    // The inline style attribute was refused by the CSP, and reported.
    for (let i = 0; i < 50 && !watchOf(page).csp.length; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(
      watchOf(page).csp.some((v) => v.startsWith('style-src')),
      `CSP reports: ${watchOf(page).csp.join('; ')}`,
    );
    await new Promise((r) => setTimeout(r, 300));
    // Clear what the bad element caused, so the last test checks only the real views.
    watchOf(page).csp.length = 0;
    watchOf(page).errors.length = 0;
  });

  it('sign-in (signed out) has no axe violation', async () => {
    await openView(page, bo.url, '/admin/sign-in');
    const violations = await axe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await signIn(page, bo.url, await bo.addStaff('admin'));
  });

  for (const [name, path] of views()) {
    it(`${name} has no axe violation and no CSP violation`, async () => {
      await openView(page, bo.url, path);
      const violations = await axe(page);
      assert.equal(violations.length, 0, describeViolations(violations));
      assert.deepEqual(watchOf(page).csp, []);
    });
  }

  for (const [name, path] of [
    ['results', `/admin/results/${DEMO.formId}`],
    ['responses', `/admin/responses/${DEMO.formId}`],
  ]) {
    it(`${name} at 320 px: a very long word and right-to-left text stay inside the page, and "<b>" shows as text`, async () => {
      await page.setViewport({ width: 320, height: 800 });
      try {
        await openView(page, bo.url, path);
        await waitForText(page, new RegExp(LONG_WORD));
        for (const needle of [LONG_WORD, ARABIC, URDU]) {
          const placed = await textPlacement(page, needle);
          assert.ok(placed.holders.length > 0, `"${needle}" is shown`);
          assert.equal(
            placed.pageScrollsSideways,
            false,
            `the page scrolls sideways: past the edge are ${placed.past.join(', ')}`,
          );
          for (const h of placed.holders) {
            assert.ok(h.fits, `the <${h.tag}> holding "${needle}" is wider than its box`);
            assert.ok(
              h.right <= placed.viewport + 1,
              `the <${h.tag}> holding "${needle}" ends at ${h.right} px, past ${placed.viewport} px`,
            );
            assert.ok(h.dirAuto, `the <${h.tag}> holding "${needle}" has dir="auto"`);
          }
        }
        // Typed "<b>this</b>" is shown as those characters: nothing was made bold, no link made live.
        const placed = await textPlacement(page, '<b>this</b>');
        assert.ok(placed.holders.length > 0, 'the answer with "<b>" is shown as text');
        for (const h of placed.holders) assert.equal(h.boldChildren, 0);
        const live = await page.evaluate(() => {
          const links: string[] = [];
          const walk = (root: Document | ShadowRoot) => {
            for (const el of root.querySelectorAll('*')) {
              if (el instanceof HTMLAnchorElement && el.href.startsWith('https://example.org')) links.push(el.href);
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(document);
          return links;
        });
        assert.deepEqual(live, [], 'a web address in an answer is not made into a link');
        assert.match(await pageText(page), /https:\/\/example\.org that should not be live/);
        const violations = await axe(page);
        assert.equal(violations.length, 0, describeViolations(violations));
      } finally {
        await page.setViewport({ width: 1280, height: 900 });
      }
    });
  }

  it('no CSP violation and no script error happened in any of the views', () => {
    assert.deepEqual(watchOf(page).csp, []);
    assert.deepEqual(watchOf(page).errors, []);
  });
});
