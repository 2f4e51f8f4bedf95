import { html, nothing } from 'lit';
import '../../src/components/feedback-form/index.js';
import '../../src/components/page-feedback/index.js';
import '../../src/components/consent/consent-flow.index.js';
import '../../src/components/consent/consent-withdraw.index.js';
import '../../src/components/impact-panel/index.js';
import '../../src/components/credits/index.js';
import type { FeedbackDefinition } from '../../src/components/feedback-form/types.js';
import type { ConsentDefinition, ConsentRecord } from '../../src/components/consent/types.js';
import type { CreditsData } from '../../src/components/credits/types.js';
import youthWorkshop from './feedback-form/youth-workshop.json';
import workshop from './consent/workshop-recording.json';
import workshopRecord from './consent/workshop-record.json';
import { foodProject } from './impact-panel/food-project.js';
import youthBoard from './credits/youth-board.json';

/** The six data widgets, in the order `everyWidget()` puts them on the page. */
export const dataWidgets = [
  'cp-feedback-form',
  'cp-page-feedback',
  'cp-consent-flow',
  'cp-consent-withdraw',
  'cp-impact-panel',
  'cp-credits',
] as const;

// Nothing is sent: the stories and tests cancel every submission.
const cancel = (e: Event) => e.preventDefault();

/**
 * Every data widget with realistic data, as one page would hold them: for the "Every language"
 * stories and the language-switch browser test. `languages` puts a language switch on the first
 * widget (the feedback form).
 */
export const everyWidget = (languages?: string) =>
  html`<div class="cp-every-widget" style="display: grid; gap: 3rem">
    <cp-feedback-form .data=${youthWorkshop as FeedbackDefinition} languages=${languages ?? nothing} @cp-submit=${cancel}></cp-feedback-form>
    <cp-page-feedback @cp-submit=${cancel}></cp-page-feedback>
    <cp-consent-flow .data=${workshop as ConsentDefinition} .answers=${{ agreed: [] }} @cp-consent=${cancel}></cp-consent-flow>
    <cp-consent-withdraw
      .record=${workshopRecord as ConsentRecord}
      record-id=${workshopRecord.id}
      .consent=${workshop as ConsentDefinition}
      @cp-consent-withdraw=${cancel}
      @cp-consent-credit=${cancel}
    ></cp-consent-withdraw>
    <cp-impact-panel .data=${foodProject}></cp-impact-panel>
    <cp-credits .data=${youthBoard as CreditsData}></cp-credits>
  </div>`;
