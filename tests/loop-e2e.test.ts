/**
 * The loop, end to end: what a person chooses in the consent flow is what the charity publishes,
 * and only they (with their key) can change it. The real widgets in Chromium against a real
 * collector (scripts/lib/collector-plugin.mjs, embedded database in a temporary folder).
 *
 * consent with a pseudonym → credits show the pseudonym → the manage link from the person's copy
 * → change to "not named" → credits no longer show it → withdraw everything → gone.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { CpConsentFlow, CpConsentWithdraw, CpCredits } from '../src/index.js';
import type { ConsentDefinition } from '../src/contract/consent.js';
import type { CreditsData } from '../src/contract/credits.js';
import peerResearch from '../stories/data/consent/peer-research.json';
import { outbox } from '../src/core/outbox.js';
import { settled, text, waitUntil } from './helpers/dom.js';
import { place } from './helpers/form-control-suite.js';

/** The parts of the collector's consent history (GET /v1/admin/consent) this test reads. */
interface AdminBody {
  records: { record: { id: string }; current: Record<string, boolean> }[];
}

const admin = (path: string, method = 'GET', body?: unknown) =>
  executeServerCommand('collector-admin', { path, method, body }) as Promise<{ status: number; body: AdminBody }>;

const PSEUDONYM = 'Riverside Rae';
const PROJECT = 'loop-project';
const def = { ...(peerResearch as ConsentDefinition), id: 'loop-peer-research' };

let url = '';
before(async function () {
  this.timeout(60_000);
  ({ url } = (await executeServerCommand('collector-start', { origin: location.origin })) as { url: string });
});
after(() => outbox.clear());

/** The published credits as any reader gets them now (no browser cache in the way). */
const published = async (): Promise<CreditsData> =>
  (await (await fetch(`${url}/v1/credits/${PROJECT}`, { cache: 'no-store' })).json()) as CreditsData;

/** The credits widget on a page, showing what the collector publishes now. */
async function creditsOnPage(): Promise<CpCredits> {
  const el = (await place(html`<cp-credits src=${`${url}/v1/credits/${PROJECT}`}></cp-credits>`)) as CpCredits;
  await waitUntil(() => el.shadowRoot && !text(el.shadowRoot).includes('Loading'), 'the credits loaded', {
    timeout: 10_000,
  });
  await settled(el.shadowRoot!);
  return el;
}

const shadow = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const clickIn = async (el: Element, host: string, input: string) => {
  shadow(el, host)!.shadowRoot!.querySelector<HTMLInputElement>(input)!.click();
  await settled(el.shadowRoot!);
};
const typeIn = async (el: Element, host: string, value: string) => {
  const input = shadow(el, host)!.shadowRoot!.querySelector<HTMLInputElement>('input, textarea')!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settled(el.shadowRoot!);
};
const press = async (el: Element, sel: string) => {
  shadow(el, sel)!.shadowRoot!.querySelector('button')!.click();
  await settled(el.shadowRoot!);
};

describe('the loop: consent → credits → manage → credits', () => {
  it('publishes the pseudonym a person chose, and only their key changes or removes it', async function () {
    this.timeout(60_000);
    // Staff set up the project: its consent definition, and the project that links it to credits.
    expect((await admin(`/v1/admin/consent-definitions/${def.id}`, 'PUT', def)).status).to.be.oneOf([200, 201]);
    expect(
      (await admin(`/v1/admin/projects/${PROJECT}`, 'PUT', { name: 'Peer research 2026', consentId: def.id })).status,
    ).to.be.oneOf([200, 201]);

    // 1. A person agrees, and chooses to be credited by a made-up name.
    const wrapper = await place(
      html`<div lang="en-GB"><cp-consent-flow .data=${def} endpoint=${`${url}/v1/consent`} manage-url="https://example.org/manage-my-consent" no-draft></cp-consent-flow></div>`,
    );
    const flow = wrapper.querySelector('cp-consent-flow') as CpConsentFlow;
    await settled(wrapper);
    await waitUntil(() => flow.textHash, 'the definition is hashed');
    await press(flow, 'form > cp-button.next');
    if (flow.step === 'payment') await press(flow, 'form > cp-button.next');
    for (const s of def.statements.filter((s) => s.required))
      await clickIn(flow, `cp-checkbox-group[name="s:${s.id}"]`, 'input');
    while (flow.step !== 'credit') await press(flow, 'form > cp-button.next');
    await clickIn(flow, 'cp-radio-group[name="credit"]', 'input[value="pseudonym"]');
    await typeIn(flow, 'cp-text-field', PSEUDONYM);
    while ((flow.step as string) !== 'check') await press(flow, 'form > cp-button.next');
    const submitted = oneEvent(flow, 'cp-submitted');
    await press(flow, 'form > cp-button.next');
    await submitted;
    await settled(flow.shadowRoot!);

    // 2. The published credits show the pseudonym, and the credits widget shows it.
    expect(JSON.stringify(await published())).to.contain(PSEUDONYM);
    const before = await creditsOnPage();
    expect(text(before.shadowRoot)).to.contain(PSEUDONYM);
    before.remove();

    // 3. The person's copy holds their manage link, with their reference and key.
    const link = [...flow.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href*="key="]')].map(
      (a) => new URL(a.href),
    )[0];
    expect(link, 'the copy has a manage link').to.not.equal(undefined);
    const ref = link!.searchParams.get('ref')!;
    const key = link!.searchParams.get('key')!;
    expect(ref).to.match(/^[A-Z]{2}-\w{4}-\w{4}$/);

    // Without the key, nobody can change it: the collector refuses a withdrawal that only names the record.
    const { body: list } = await admin(`/v1/admin/consent?consentId=${def.id}`);
    const record = list.records[0].record;
    const refused = await fetch(`${url}/v1/consent`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'a1b2c3d4-0000-4000-8000-000000000001' },
      body: JSON.stringify({
        id: 'a1b2c3d4-0000-4000-8000-000000000001',
        recordId: record.id,
        consentId: def.id,
        type: 'withdrawn',
        at: new Date().toISOString(),
        all: true,
        statements: [],
      }),
    });
    expect(refused.status).to.equal(403);
    expect(JSON.stringify(await published())).to.contain(PSEUDONYM);

    // 4. The manage link opens <cp-consent-withdraw>, which finds the record with the reference and key.
    const page = location.href;
    history.replaceState(
      null,
      '',
      `${location.pathname}?ref=${encodeURIComponent(ref)}&key=${encodeURIComponent(key)}`,
    );
    try {
      const holder = await place(html`<div lang="en-GB"></div>`);
      const manage = Object.assign(document.createElement('cp-consent-withdraw'), {
        endpoint: `${url}/v1/consent`,
      }) as CpConsentWithdraw;
      holder.append(manage);
      await waitUntil(() => shadow(manage, 'form.credit-change'), 'the record was found with the reference and key', {
        timeout: 10_000,
      });
      await settled(manage.shadowRoot!);
      expect(text(shadow(manage, 'form.credit-change'))).to.contain(PSEUDONYM);

      // 5. They change to "Credit me, but without my name".
      await clickIn(manage, 'form.credit-change cp-radio-group', 'input[value="anonymous"]');
      await press(manage, 'form.credit-change cp-button');
      await waitUntil(() => manage.creditChange, 'the credit change was sent');
      await waitUntil(
        () => text(shadow(manage, '.credit-change .delivery')).includes('Sent'),
        'the collector took it',
        { timeout: 10_000 },
      );

      // 6. The next GET no longer names them; they are still counted.
      const notNamed = await published();
      expect(JSON.stringify(notNamed)).to.not.contain(PSEUDONYM);
      expect(notNamed.contributors.filter((c) => c.credit === 'anonymous')).to.have.length(1);
      const after = await creditsOnPage();
      expect(text(after.shadowRoot)).to.not.contain(PSEUDONYM);
      after.remove();

      // 7. They withdraw from everything.
      const everything = shadow(manage, 'form.withdraw cp-checkbox-group')?.shadowRoot!.querySelector<HTMLInputElement>(
        'input[value=""]',
      );
      if (everything) {
        everything.click();
        await settled(manage.shadowRoot!);
      }
      await press(manage, 'form.withdraw cp-button');
      await waitUntil(() => manage.withdrawal, 'the withdrawal was sent');
      expect(manage.withdrawal!.all).to.equal(true);
      await waitUntil(
        async () => (await published()).contributors.length === 0,
        'the person is gone from the credits',
        { timeout: 10_000 },
      );
    } finally {
      history.replaceState(null, '', page);
    }

    // 8. Gone: not named, not counted, and the collector says nothing of them is current.
    const gone = await published();
    expect(gone.contributors).to.deep.equal([]);
    const { body: history_ } = await admin(`/v1/admin/consent?consentId=${def.id}`);
    expect(Object.values(history_.records[0].current)).to.not.include(true);
  });
});
