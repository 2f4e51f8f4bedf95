import { expect, fixture, html } from '@open-wc/testing';
import { place } from './helpers/form-control-suite.js';
import '../src/components/feedback-form/index.js';
import '../src/components/consent/consent-flow.index.js';
import '../src/components/impact-panel/index.js';
import '../src/components/credits/index.js';
import '../src/components/page-feedback/index.js';
import peerResearch from '../stories/data/consent/peer-research.json';
import {
  ConsentFlowHarness,
  CreditsHarness,
  FeedbackFormHarness,
  ImpactPanelHarness,
  PageFeedbackHarness,
} from '../src/testing/index.js';

// The harnesses of coproduce-kit/testing, on the real widgets: each finds things by what a person
// sees, and says clearly what there is when asked for something that is not there.

const FORM = {
  id: 'harness',
  version: 1,
  title: 'Tell us about the drop-in',
  questions: [
    { id: 'overall', type: 'rating', label: 'How was it?', required: true, preferNotToSay: true },
    { id: 'again', type: 'yesNo', label: 'Will you come again?' },
    {
      id: 'liked',
      type: 'multi',
      label: 'What did you like?',
      options: [
        { id: 'food', label: 'The food' },
        { id: 'company', label: 'The company' },
      ],
    },
    { id: 'name', type: 'text', label: 'What should we call you?' },
    { id: 'better', type: 'longText', label: 'What could we do better?', maxLength: 500, preferNotToSay: true },
  ],
};

async function form(def: object = FORM): Promise<FeedbackFormHarness> {
  const box = await place(html`<div lang="en"></div>`);
  const el = Object.assign(document.createElement('cp-feedback-form'), { data: def, minSeconds: 0 });
  box.append(el);
  return FeedbackFormHarness.in(box).settle();
}
/** What the form would send, delivered "by the page" so nothing goes out. */
function caught(h: FeedbackFormHarness): Record<string, unknown>[] {
  const got: Record<string, unknown>[] = [];
  h.host.addEventListener('cp-submit', (e) => {
    e.preventDefault();
    got.push((e as CustomEvent).detail.submission);
  });
  return got;
}

describe('coproduce-kit/testing', () => {
  describe('FeedbackFormHarness', () => {
    it('answers every kind of question by its label, and the form sends those answers', async () => {
      const h = await form();
      const sent = caught(h);
      expect(h.title()).to.equal('Tell us about the drop-in');
      expect(h.questions()).to.deep.equal([
        'How was it?',
        'Will you come again?',
        'What did you like?',
        'What should we call you?',
        'What could we do better?',
      ]);
      await h.answer('How was it?', 4);
      await h.answer('Will you come again?', 'Yes');
      await h.answer('What did you like?', ['The food', 'The company']);
      await h.answer('What should we call you?', 'Sam');
      await h.answer('What could we do better?', 'More chairs');
      expect(h.question('What did you like?').value).to.deep.equal(['food', 'company']);
      expect(h.question('How was it?').checked('4 – Good')).to.equal(true);
      await h.submit();
      expect(h.errors()).to.deep.equal([]);
      expect(await h.thanked()).to.contain('Thank you');
      expect(sent[0]!.answers).to.deep.equal({
        overall: 4,
        again: 'yes',
        liked: ['food', 'company'],
        name: 'Sam',
        better: 'More chairs',
      });
    });

    it('errors() gives the error summary’s messages; decline() answers a required question', async () => {
      const h = await form();
      const sent = caught(h);
      await h.submit();
      expect(h.errors()).to.deep.equal(['Choose a rating for “How was it?”']);
      expect(h.question('How was it?').error).to.equal('Error: Choose a rating for “How was it?”');
      await h.decline('How was it?');
      expect(h.declined('How was it?')).to.equal(true);
      expect(h.question('How was it?').disabled).to.equal(true);
      await h.submit();
      await h.thanked();
      expect(sent[0]!.answers).to.deep.equal({ overall: { declined: true } });
    });

    it('flag() opens "This question doesn’t work for me" and gives the reason; unflag() takes it back', async () => {
      const h = await form();
      const sent = caught(h);
      const body = await h.flag('Will you come again?', 'It is confusing', 'Which club?');
      expect(body.textContent).to.contain('We will tell the team');
      await h.flag('What did you like?');
      await h.unflag('What did you like?');
      await h.decline('How was it?');
      await h.submit();
      await h.thanked();
      expect(sent[0]!.flags).to.deep.equal([{ question: 'again', reason: 'confusing', text: 'Which club?' }]);
    });

    it('flag() ticks the question at the end of the form when flags are end-of-form', async () => {
      const h = await form({ ...FORM, flags: 'end-of-form' });
      const sent = caught(h);
      await h.flag('What did you like?', 'It is not relevant to me');
      await h.decline('How was it?');
      await h.submit();
      await h.thanked();
      expect(sent[0]!.flags).to.deep.equal([{ question: 'liked', reason: 'not-relevant' }]);
    });

    it('a label that is not there is a clear error that lists what there is', async () => {
      const h = await form();
      let error: Error | undefined;
      try {
        await h.answer('How old are you?', '30');
      } catch (e) {
        error = e as Error;
      }
      expect(error?.message).to.equal(
        "No question labelled 'How old are you?'. Questions: How was it?, Will you come again?, What did you like?, What should we call you?, What could we do better?",
      );
      expect(() => h.question('How was it?').input('Brilliant')).to.throw(
        "No option labelled 'Brilliant'. Options of 'How was it?': 1 – Very poor, 2 – Poor, 3 – OK, 4 – Good, 5 – Very good",
      );
      expect(() => h.button('Go')).to.throw(/No button or link saying 'Go'\. Buttons and links: Send my answers/);
      let declineError: Error | undefined;
      await h.decline('What should we call you?').catch((e: Error) => (declineError = e));
      expect(declineError?.message).to.equal('The question \'What should we call you?\' has no "Prefer not to say"');
    });
  });

  describe('the test in docs/testing.md ("Testing your pages")', () => {
    const lunchClub = {
      id: 'lunch-club',
      version: 1,
      title: 'Tell us about the lunch club',
      questions: [
        { id: 'overall', type: 'rating', label: 'How was the lunch club?', required: true },
        { id: 'again', type: 'yesNo', label: 'Will you come again?' },
        {
          id: 'money',
          type: 'single',
          label: 'Is money tight for you at the moment?',
          preferNotToSay: true,
          options: [
            { id: 'yes', label: 'Yes' },
            { id: 'no', label: 'No' },
          ],
        },
        {
          id: 'liked',
          type: 'multi',
          label: 'What did you like?',
          options: [
            { id: 'food', label: 'The food' },
            { id: 'company', label: 'The company' },
          ],
        },
        { id: 'better', type: 'longText', label: 'What could we do better?', maxLength: 500 },
      ],
    };

    // The same steps as the guide's example, so the guide shows a test that passes.
    it('sends the answers people give to the lunch club form', async () => {
      const page = await fixture(
        html`<main><cp-feedback-form .data=${lunchClub} min-seconds="0"></cp-feedback-form></main>`,
      );
      const form = await FeedbackFormHarness.in(page).settle();

      const sent: { answers: Record<string, unknown>; flags: unknown[] }[] = [];
      form.host.addEventListener('cp-submit', (e) => {
        e.preventDefault();
        sent.push((e as CustomEvent).detail.submission);
      });

      await form.submit();
      expect(form.errors()).to.deep.equal(['Choose a rating for “How was the lunch club?”']);

      await form.answer('How was the lunch club?', '4 – Good');
      await form.answer('What did you like?', ['The food', 'The company']);
      await form.answer('What could we do better?', 'More chairs');
      await form.decline('Is money tight for you at the moment?');
      await form.flag('Will you come again?', 'It is confusing');
      // The guide's "If a label is not on the page" message.
      let error: Error | undefined;
      await form.answer('How was lunch?', 3).catch((e: Error) => (error = e));
      expect(error?.message).to.match(
        /^No question labelled 'How was lunch\?'\. Questions: How was the lunch club\?, Will you come again\?, /,
      );
      await form.submit();

      expect(await form.thanked()).to.contain('Thank you');
      expect(sent[0]!.answers['better']).to.equal('More chairs');
      expect(sent[0]!.answers).to.deep.equal({
        overall: 4,
        money: { declined: true },
        liked: ['food', 'company'],
        better: 'More chairs',
      });
      expect(sent[0]!.flags).to.deep.equal([{ question: 'again', reason: 'confusing' }]);
    });
  });

  describe('ConsentFlowHarness', () => {
    it('goes through the steps by their headings, agrees to statements by their words, and finishes', async () => {
      const box = await place(html`<div lang="en-GB"><cp-consent-flow .data=${peerResearch}></cp-consent-flow></div>`);
      const flow = ConsentFlowHarness.in(box);
      await flow.settle();
      let record: unknown;
      flow.host.addEventListener('cp-consent', (e) => {
        e.preventDefault();
        record = (e as CustomEvent).detail.record;
      });
      await waitForStep(flow);
      expect(flow.step()).to.equal('Step 1 of 6 About taking part');
      expect(flow.hasBack()).to.equal(false);
      await flow.continue();
      expect(flow.step()).to.equal('Step 2 of 6 Payment and thanks');
      await flow.back();
      expect(flow.step()).to.equal('Step 1 of 6 About taking part');
      await flow.continue();
      await flow.continue();
      expect(flow.step()).to.contain('What you agree to');
      const required = peerResearch.statements.filter((s) => s.required);
      expect(() => flow.statement('I agree to everything')).to.throw(
        /^No field labelled 'I agree to everything'\. Fields: /,
      );
      for (const s of required) await flow.agree(s.text);
      expect(required.every((s) => flow.agreed(s.text))).to.equal(true);
      await flow.finish();
      expect(record, 'cp-consent fired').to.exist;
      expect(flow.step()).to.equal('Thank you for agreeing to take part');
    });
  });

  describe('ImpactPanelHarness, CreditsHarness and PageFeedbackHarness', () => {
    it('reads items by status, searches, and names an unknown status clearly', async () => {
      const data = {
        title: 'You said, we did',
        items: [
          { id: 'a', youSaid: 'More fruit', weDid: 'Fruit boxes.', status: 'done', updatedOn: '2026-02-01' },
          { id: 'b', youSaid: 'A later bus', status: 'considering', updatedOn: '2026-03-01' },
        ],
      };
      const box = await place(html`<div lang="en-GB"><cp-impact-panel .data=${data}></cp-impact-panel></div>`);
      const panel = await ImpactPanelHarness.in(box).settle();
      expect(panel.title()).to.contain('You said, we did');
      expect(panel.said(), 'the latest first').to.deep.equal(['A later bus', 'More fruit']);
      expect(panel.said('Done')).to.deep.equal(['More fruit']);
      expect(() => panel.items('Cancelled')).to.throw("No status 'Cancelled'. Statuses shown: Being considered, Done");
      await panel.search('bus');
      expect(panel.said()).to.deep.equal(['A later bus']);
      expect(panel.count()).to.equal('Showing 1 of 2 updates');
    });

    it('reads credits by role, and names an unknown role clearly', async () => {
      const data = {
        contributors: [
          { name: 'Aled Jones', credit: 'full', roles: ['storyteller'] },
          { name: 'Zainab Ali', credit: 'full', roles: ['translation'] },
        ],
      };
      const box = await place(html`<div lang="en-GB"><cp-credits .data=${data}></cp-credits></div>`);
      const credits = await CreditsHarness.in(box).settle();
      expect(credits.names('Storytellers')).to.deep.equal(['Aled Jones']);
      expect(credits.names()).to.deep.equal(['Aled Jones', 'Zainab Ali']);
      expect(() => credits.names('Funders')).to.throw("No role 'Funders'. Roles: Storytellers, Translation");
    });

    it('says No, types what went wrong by its label, sends and reads the thanks', async () => {
      const box = await place(html`<div lang="en"><cp-page-feedback min-seconds="0"></cp-page-feedback></div>`);
      const prompt = await PageFeedbackHarness.in(box).settle();
      let sent: Record<string, unknown> | undefined;
      prompt.host.addEventListener('cp-submit', (e) => {
        e.preventDefault();
        sent = (e as CustomEvent).detail.submission;
      });
      expect(prompt.question()).to.equal('Is this page useful?');
      await prompt.no();
      expect(prompt.fields().map((f) => f.name)).to.deep.equal(['What were you doing?', 'What went wrong?']);
      await prompt.field('What went wrong?').fill('The map does not load');
      expect(() => prompt.field('Your name')).to.throw(
        "No field labelled 'Your name'. Fields: What were you doing?, What went wrong?",
      );
      await prompt.send();
      expect(await prompt.thanked()).to.contain('Thank you');
      expect(JSON.stringify(sent)).to.contain('The map does not load');
    });

    it('a widget that is not on the page is a clear error', () => {
      expect(() => CreditsHarness.in(document.createElement('div'))).to.throw('No <cp-credits> on the page');
    });
  });
});

/** The flow hashes its definition before it shows the first step. */
async function waitForStep(flow: ConsentFlowHarness): Promise<void> {
  for (let i = 0; i < 500 && !flow.stepHeading(); i++) await new Promise((r) => setTimeout(r, 20));
  await flow.settle();
}
