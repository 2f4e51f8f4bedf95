import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { CpElement } from '../../core/base-element.js';
import { newId } from '../../core/ids.js';
import { isDone, submit } from '../../core/submit.js';
import { SubmitController } from '../../core/submit-controller.js';
import type { ConsentAnswers, ConsentStep } from './consent-helpers.js';
import type { ConsentDefinition, ConsentStatement } from './types.js';
import './decline.strings.js';

/**
 * A note that someone chose "Leave without agreeing", with nothing personal in it: the detail of
 * `cp-consent-declined` and, when the definition has `recordDeclines: true`, the body POSTed to
 * `/v1/consent` (`consent-decline.schema.json`).
 */
export interface ConsentDecline {
  /** A new UUID, sent as `Idempotency-Key`. */
  id: string;
  consentId: string;
  version: string;
  type: 'declined';
  /** ISO 8601 date and time. */
  at: string;
  /** The required statements not agreed to. */
  statements: string[];
}

declare module '../../core/base-element.js' {
  interface CpEventDetails {
    /** A person chose "Leave without agreeing". Nothing personal. Cancel it to deliver the note yourself (with `recordDeclines`). */
    'cp-consent-declined': { decline: ConsentDecline };
  }
}
/** The steps where statements are ticked: the person's (or parent's), and the young person's assent. */
const DECIDING: ConsentStep[] = ['statements', 'assent'];

type Host = CpElement & { step: ConsentStep; answers: ConsentAnswers; endpoint?: string };

/**
 * Not agreeing to a required statement is a choice, not an error. On Continue with a required
 * statement unticked, the statements step says what that means, that it is fine, who to ask about
 * other ways to take part, and offers "Leave without agreeing", instead of an error summary.
 * Leaving ends the flow on a calm page and fires `cp-consent-declined`.
 */
export class DeclineController implements ReactiveController {
  /** The required statements unticked at the last Continue: the message shows while there are any. */
  missing: ConsentStatement[] = [];
  /** The person chose "Leave without agreeing". */
  left = false;
  /** Sends the decline when the definition asks for declines to be recorded. */
  private readonly submitter: SubmitController;
  private focus?: string;

  constructor(
    private host: Host,
    private definition: () => ConsentDefinition | undefined,
    /** Forgets the answers (and any draft) when the person leaves. */
    private forget: () => void,
  ) {
    host.addController(this);
    this.submitter = new SubmitController(host);
  }

  // Before the form's own handlers and its error summary: the statements step never shows errors
  // for a statement left unticked.
  hostConnected(): void {
    this.host.renderRoot.addEventListener('submit', this.onSubmit, true);
  }
  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('submit', this.onSubmit, true);
  }
  hostUpdate(): void {
    if (!DECIDING.includes(this.host.step)) this.missing = [];
  }
  hostUpdated(): void {
    if (!this.focus) return;
    const el = this.host.renderRoot.querySelector<HTMLElement>(this.focus);
    this.focus = undefined;
    el?.focus();
  }

  private onSubmit = (e: Event): void => {
    const def = this.definition();
    if (!def || !DECIDING.includes(this.host.step)) return;
    // A young person's own "no" (their assent, young-people.ts) is a choice too.
    const agreed = (this.host.step === 'assent' ? this.host.answers.assented : this.host.answers.agreed) ?? [];
    this.missing = def.statements.filter((s) => s.required && !agreed.includes(s.id));
    if (!this.missing.length) return;
    e.preventDefault();
    e.stopPropagation();
    this.focus = '.declined';
    this.host.requestUpdate();
  };

  private leave = async (): Promise<void> => {
    const def = this.definition();
    if (!def || this.left) return;
    const decline: ConsentDecline = {
      id: newId(),
      consentId: def.id,
      version: def.version,
      type: 'declined',
      at: new Date().toISOString(),
      statements: this.missing.map((s) => s.id),
    };
    this.left = true;
    this.missing = [];
    this.forget();
    this.focus = '.heading';
    this.host.requestUpdate();
    if (def.recordDeclines)
      await this.submitter.send(() => submit(this.host, 'cp-consent-declined', { decline }, decline, '/v1/consent'));
    else
      this.host.dispatchEvent(
        new CustomEvent('cp-consent-declined', { detail: { decline }, bubbles: true, composed: true }),
      );
  };

  /** On the statements step: what not agreeing means, and the way out. Focus moves here on Continue. */
  message(def: ConsentDefinition): TemplateResult | typeof nothing {
    const missing = this.missing;
    if (!missing.length) return nothing;
    const h = this.host;
    const count = missing.length;
    return html`<div class="declined" part="declined" role="region" aria-labelledby="declined-title" tabindex="-1">
      <h4 id="declined-title">${h.tl('consentFlowDeclineTitle', { count })}</h4>
      <ul>
        ${missing.map((s) => html`<li>${h.say((this.host.step === 'assent' && s.assent) || s.text)}</li>`)}
      </ul>
      <p>${h.tl('consentFlowDeclineNeed', { count })}</p>
      <p>${h.tl('consentFlowDeclineFine')}</p>
      <p>${h.tl('consentFlowDeclineOther', { team: def.contacts.team })}</p>
      <p>${h.tl('consentFlowDeclineChoose', { count })}</p>
      <cp-button type="button" variant="secondary" @click=${this.leave}>${h.tl('consentFlowDeclineLeave')}</cp-button>
    </div>`;
  }

  /** The page after "Leave without agreeing". */
  page(def: ConsentDefinition): TemplateResult {
    const h = this.host;
    // Said at once; only a note that could not be sent or kept takes it back.
    const { delivery } = this.submitter;
    const noted = def.recordDeclines && (!delivery || isDone(delivery));
    const contacts = [def.contacts.team, def.organisation.contact, def.contacts.independent].filter(Boolean);
    return html`<h2 class="title" part="title">${h.say(def.title)}</h2>
      <h3 class="heading left" part="heading" tabindex="-1">${h.tl('consentFlowDeclined')}</h3>
      <p>${h.tl(noted ? 'consentFlowDeclinedNoted' : 'consentFlowDeclinedNothingSent')}</p>
      <p>${h.tl('consentFlowDeclinedThanks')}</p>
      <p>${h.tl('consentFlowDeclinedContact')}</p>
      ${contacts.map((c) => html`<p class="text">${h.say(c)}</p>`)}`;
  }
}

export const declineStyles = css`
  .declined {
    margin-block: var(--cp-space-5);
    padding: var(--cp-space-4);
    border-inline-start: var(--cp-border-thick) solid var(--cp-brand);
    background: var(--cp-color-surface-muted);
  }
  .declined h4 {
    margin-block-start: 0;
  }
  .declined ul {
    margin: 0 0 var(--cp-space-4);
    padding-inline-start: var(--cp-space-5);
    font-weight: var(--cp-font-weight-bold);
  }
  .declined > :last-child {
    margin-block-end: 0;
  }
  .declined:focus {
    outline: var(--cp-focus-width) solid var(--cp-color-focus);
    outline-offset: 2px;
  }
`;
