/**
 * End to end: the real widgets in Chromium against a real collector (started by
 * scripts/lib/collector-plugin.mjs, embedded database in a temporary folder).
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { CpFeedbackForm, CpPageFeedback, CpConsentFlow } from '../src/index.js';
import type { ConsentDefinition } from '../src/components/consent/types.js';
import peerResearch from '../stories/data/consent/peer-research.json';
import { outbox } from '../src/core/outbox.js';
import { settled, text, waitUntil } from './helpers/dom.js';
import { place } from './helpers/form-control-suite.js';
import { axeEveryStory } from './helpers/stories.js';
import * as collectorStories from '../stories/collector.stories.js';

interface Admin {
  status: number;
  body: { count?: number; items?: unknown[]; records?: unknown[] } | null;
}
const admin = (path: string, method = 'GET', body?: unknown) =>
  executeServerCommand('collector-admin', { path, method, body }) as Promise<Admin>;

let url = '';
before(async function () {
  this.timeout(60_000);
  ({ url } = (await executeServerCommand('collector-start', { origin: location.origin })) as { url: string });
});

// The network, switched off and on: off, every request fails as it does with no connection.
const realFetch = window.fetch;
let online = true;
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  online ? realFetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));
afterEach(async () => {
  online = true;
  await outbox.clear();
});

const button = (host: Element, words: string) => {
  const b = [...host.shadowRoot!.querySelectorAll('cp-button')].find((x) => text(x) === words);
  if (!b) throw new Error(`no button "${words}"`);
  return b.shadowRoot!.querySelector('button')!;
};
const stored = async (formId: string) => (await admin(`/v1/admin/feedback?formId=${formId}`)).body!.items!;

describe('end to end with the collector', () => {
  it('feedback sent offline is saved on the device, then stored exactly once when the browser is back online', async () => {
    const wrapper = await place(html`<div lang="en"></div>`);
    const form = document.createElement('cp-feedback-form') as CpFeedbackForm;
    Object.assign(form, {
      endpoint: `${url}/v1/feedback`,
      minSeconds: 0,
      data: {
        id: 'e2e-offline',
        version: 1,
        title: 'Tell us about the drop-in',
        questions: [{ id: 'better', type: 'text', label: 'What could we do better?' }],
      },
    });
    wrapper.append(form);
    await settled(wrapper);

    (form.shadowRoot!.querySelector('#q-better') as HTMLElement).focus();
    await sendKeys({ type: 'Open on Saturdays too' });
    online = false;
    button(form, 'Send my answers').click();
    await waitUntil(() => form.shadowRoot!.querySelector('.thanks'), 'the thank-you page did not appear', {
      timeout: 10_000,
    });
    expect(text(form.shadowRoot!.querySelector('.delivery'))).to.equal(
      'Saved on this device. It will be sent when you are back online.',
    );
    expect(await stored('e2e-offline')).to.have.length(0);
    // Only this form's entry: other test files share this origin's outbox and may leave their own.
    const mine = async () => (await outbox.entries()).filter((e) => e.body.includes('"formId":"e2e-offline"'));
    const [entry] = await mine();
    expect(entry).to.exist;

    online = true;
    const sent = new Promise<string>((resolve) => {
      const on = (e: Event) =>
        (e as CustomEvent).detail.id === entry!.id &&
        (window.removeEventListener('cp-outbox-sent', on), resolve(entry!.id));
      window.addEventListener('cp-outbox-sent', on);
    });
    window.dispatchEvent(new Event('online'));
    expect(await sent).to.equal(entry!.id);
    // Coming online again, or a retry of the same id, stores nothing new.
    window.dispatchEvent(new Event('online'));
    await outbox.flush(true);

    const items = await stored('e2e-offline');
    expect(items).to.have.length(1);
    expect(JSON.stringify(items[0])).to.contain('Open on Saturdays too').and.contain(entry!.id);
    expect(await mine()).to.deep.equal([]);
  });

  it("<cp-feedback-form src> reads a form definition the collector stores, and what it sends passes the collector's checks", async () => {
    const def = {
      id: 'e2e-stored-form',
      version: 2,
      title: 'Tell us about the café',
      questions: [
        {
          id: 'visit',
          type: 'single',
          label: 'How often do you come?',
          options: [
            { id: 'weekly', label: 'Every week' },
            { id: 'monthly', label: 'Every month' },
          ],
        },
        { id: 'again', type: 'yesNo', label: 'Would you come again?' },
      ],
    };
    expect((await admin('/v1/admin/forms/e2e-stored-form', 'PUT', def)).status).to.equal(201);
    const wrapper = await place(
      html`<div lang="en"><cp-feedback-form src=${`${url}/v1/forms/e2e-stored-form`} endpoint=${`${url}/v1/feedback`} min-seconds="0"></cp-feedback-form></div>`,
    );
    const form = wrapper.querySelector('cp-feedback-form') as CpFeedbackForm;
    await waitUntil(() => form.shadowRoot!.querySelector('#q-visit'), 'the form did not load from the collector', {
      timeout: 10_000,
    });
    await settled(wrapper);
    const choose = async (question: string, value: string) => {
      const inputs = [...form.shadowRoot!.querySelector(`#q-${question}`)!.shadowRoot!.querySelectorAll('input')];
      expect(inputs.map((i) => i.value)).to.include(value);
      inputs.find((i) => i.value === value)!.click();
      await settled(form.shadowRoot!);
    };
    await choose('visit', 'monthly');
    await choose('again', 'yes');
    const submitted = oneEvent(form, 'cp-submitted');
    button(form, 'Send my answers').click();
    await submitted;
    const items = (await stored('e2e-stored-form')) as { submission: { formVersion: number; answers: unknown } }[];
    expect(items).to.have.length(1);
    expect(items[0]!.submission.formVersion).to.equal(2);
    expect(items[0]!.submission.answers).to.deep.equal({ visit: 'monthly', again: 'yes' });
  });

  it('"Is this page useful? Yes" is stored once, with the page address and nothing else about the visitor', async () => {
    const el = (await place(
      html`<cp-page-feedback endpoint=${`${url}/v1/feedback`} min-seconds="0"></cp-page-feedback>`,
    )) as CpPageFeedback;
    await settled(el);
    const submitted = oneEvent(el, 'cp-submitted');
    // "Yes" is a cp-button whose words are "Yes" and, for screen readers, "this page is useful".
    const yes = [...el.shadowRoot!.querySelectorAll('cp-button')].find((b) => text(b).startsWith('Yes'))!;
    yes.shadowRoot!.querySelector('button')!.click();
    await submitted;
    const items = await stored('page-feedback');
    expect(items).to.have.length(1);
    const json = JSON.stringify(items[0]);
    expect(json).to.contain('"useful":"yes"').and.contain(`${location.origin}${location.pathname}`);
    expect(json).not.to.contain(navigator.userAgent);
  });

  it('a consent record from the real flow is stored with its text hash', async () => {
    const def = peerResearch as ConsentDefinition;
    const wrapper = await place(
      html`<div lang="en-GB"><cp-consent-flow .data=${def} endpoint=${`${url}/v1/consent`} no-draft></cp-consent-flow></div>`,
    );
    const flow = wrapper.querySelector('cp-consent-flow') as CpConsentFlow;
    await settled(wrapper);
    await waitUntil(() => flow.textHash, 'the definition is hashed');
    const next = async () => {
      flow.shadowRoot!.querySelector('form > cp-button.next')!.shadowRoot!.querySelector('button')!.click();
      await settled(flow.shadowRoot!);
    };
    await next();
    if (flow.step === 'payment') await next();
    for (const s of def.statements.filter((s) => s.required)) {
      flow
        .shadowRoot!.querySelector(`cp-checkbox-group[name="s:${s.id}"]`)!
        .shadowRoot!.querySelector('input')!
        .click();
      await settled(flow.shadowRoot!);
    }
    while (flow.step !== 'check') await next();
    const submitted = oneEvent(flow, 'cp-submitted');
    await next();
    const { id } = (await submitted).detail as { id: string };

    const { body } = await admin(`/v1/admin/consent?consentId=${def.id}`);
    expect(body!.records).to.have.length(1);
    const json = JSON.stringify(body!.records![0]);
    expect(json).to.contain(id).and.contain(flow.textHash!);
  });

  it('the impact panel and credits read what the collector publishes, and a hidden contributor never arrives', async () => {
    const put = await admin('/v1/admin/impact/e2e-panel', 'PUT', {
      title: 'You said, we did',
      items: [
        {
          id: 'i-1',
          theme: 'Food',
          youSaid: 'The pantry closes too early',
          weDid: 'It now opens until 7pm',
          status: 'done',
        },
        {
          id: 'i-2',
          theme: 'Transport',
          youSaid: 'The bus to the big shop is too dear',
          weDid: 'We asked the council',
          status: 'not-possible',
          reason: 'The council cannot change fares this year',
        },
      ],
    });
    expect(put.status).to.be.oneOf([200, 201]);
    const panel = await place(html`<cp-impact-panel src=${`${url}/v1/impact/e2e-panel`}></cp-impact-panel>`);
    await waitUntil(
      () => text(panel.shadowRoot).includes('It now opens until 7pm'),
      'the panel did not render the published items',
      { timeout: 10_000 },
    );
    expect(text(panel.shadowRoot)).to.contain('The council cannot change fares this year');

    await admin('/v1/admin/credits/e2e-project', 'PUT', {
      title: 'Co-produced with',
      contributors: [
        { id: 'c-1', name: 'Amina Khan', credit: 'full', roles: ['storyteller'] },
        { id: 'c-2', name: 'Secret Person', credit: 'hidden', roles: ['storyteller'] },
        { id: 'c-3', name: 'Joe Bloggs', credit: 'anonymous', roles: ['storyteller'] },
      ],
    });
    const raw = await (await realFetch(`${url}/v1/credits/e2e-project`)).text();
    expect(raw).to.contain('Amina Khan');
    expect(raw).not.to.contain('Secret Person');
    const credits = await place(html`<cp-credits src=${`${url}/v1/credits/e2e-project`}></cp-credits>`);
    await waitUntil(() => text(credits.shadowRoot).includes('Amina Khan'), 'credits did not render', {
      timeout: 10_000,
    });
    expect(text(credits.shadowRoot)).not.to.contain('Secret Person');
    expect(text(credits.shadowRoot)).not.to.contain('Joe Bloggs');
  });
});

// The "With the collector" stories: without a collector on :8787 (as here) the impact panel and
// credits show their "could not be loaded" state, which must be accessible too.
axeEveryStory('collector.stories.ts', collectorStories);
