import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import foodSurvey from './data/feedback-form/food-survey.json';
import peerResearch from './data/consent/peer-research.json';

/** Where `npm start` runs the collector (scripts/start.mjs), with its embedded database: 8787, or
 * the next free port when that one is taken, passed to Storybook as STORYBOOK_COLLECTOR_URL. */
const COLLECTOR =
  (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env?.STORYBOOK_COLLECTOR_URL ??
  'http://localhost:8787';

const meta: Meta = {
  title: 'Examples/With the collector',
  parameters: {
    docs: {
      description: {
        component: `These stories talk to the collector that \`npm start\` runs beside Storybook on
${COLLECTOR} (data in \`./collector-data\`; when port 8787 is taken, \`npm start\` picks the next free one). Answers sent here are really stored: \`npm start\`
prints an admin token for this session, so you can read them back with
\`curl -H "Authorization: Bearer <token>" ${COLLECTOR}/v1/admin/feedback\`. Stop the collector
and send again to see "Saved on this device"; start it again and the answers arrive once.
The impact panel and credits read what \`npm start\` published from the stories' own data.
Without the collector (for example in the tests) they show their "could not be loaded" state.`,
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const FeedbackForm: Story = {
  render: () =>
    html`<cp-provider endpoint=${COLLECTOR}><cp-feedback-form .data=${foodSurvey}></cp-feedback-form></cp-provider>`,
};
export const PageFeedback: Story = {
  render: () => html`<cp-provider endpoint=${COLLECTOR}><cp-page-feedback></cp-page-feedback></cp-provider>`,
};
export const ConsentFlow: Story = {
  render: () =>
    html`<cp-provider endpoint=${COLLECTOR}><cp-consent-flow .data=${peerResearch} no-draft></cp-consent-flow></cp-provider>`,
};
export const ImpactPanel: Story = {
  render: () => html`<cp-impact-panel src=${`${COLLECTOR}/v1/impact/food-project`}></cp-impact-panel>`,
};
export const Credits: Story = {
  render: () => html`<cp-credits src=${`${COLLECTOR}/v1/credits/value-of-co-production`} group-by="role"></cp-credits>`,
};
