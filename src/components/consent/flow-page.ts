import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ConsentStep } from './consent-helpers.js';
import { renderDraftNote } from './draft-note.js';
import { STEPS, stepLink, type StepView } from './steps.js';

/** One step's page of `<cp-consent-flow>`: what it reads from the element and may do. */
export interface FlowPage extends StepView {
  steps: ConsentStep[];
  step: ConsentStep;
  /** Where Back goes: the step before, or "Check your answers" after a "Change". */
  back: ConsentStep;
  /** A draft was restored: say "Welcome back", with "Start again". */
  resumed: boolean;
  saveDraft: boolean;
  go(step: ConsentStep): void;
  startAgain(): void;
  onSubmit(e: Event): void;
  onField(e: Event): void;
}

/** The title, Back, "Welcome back", the step's own form (keyed: each step is a new form) and the draft note. */
export function renderFlow(p: FlowPage): TemplateResult {
  const { host, def, steps, step, back } = p;
  const i = steps.indexOf(step);
  return html`<h2 class="title" part="title">${host.say(def.title)}</h2>
    ${i > 0 ? stepLink(back, host.tl('consentFlowBack'), 'back', () => p.go(back)) : nothing}
    ${
      p.resumed
        ? html`<p class="notice" part="notice" role="status">${host.tl('consentFlowResumed')} ${stepLink('info', host.tl('consentFlowStartAgain'), 'link', p.startAgain)}</p>`
        : nothing
    }
    ${keyed(
      step,
      html`<form novalidate @submit=${p.onSubmit} @input=${p.onField} @change=${p.onField}>
        <cp-error-summary></cp-error-summary>
        <h3 class="heading" part="heading" tabindex="-1">${i < 0 ? nothing : html`<span class="caption">${host.tl('consentFlowStepOf', { n: i + 1, total: steps.length })}</span> `}${host.tl(`consentFlowStep_${step}`)}</h3>
        ${STEPS[step](p)}
        ${step === 'done' ? nothing : html`<cp-button class="next">${host.tl(step === 'check' ? 'consentFlowSend' : 'consentFlowContinue')}</cp-button>`}
      </form>`,
    )}
    ${p.saveDraft && step !== 'done' ? renderDraftNote(host, p.startAgain) : nothing}`;
}
