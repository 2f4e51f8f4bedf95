// <cpa-selection-bar>: what editors do with the answers they selected in the results (or the
// responses they selected in the list): tag them with a theme, or "Link to…" a "you said" item
// of the project's panel. Linking is public (the item counts who raised it), so it takes a
// second step that names the item and the number of answers.
import { css, html, LitElement, nothing } from 'lit';
import { ApiError, type Api } from '../../api.js';
import { viewStyles } from '../../styles.js';
import { announce } from '../../parts/announce.js';
import { notice } from '../../parts/notice.js';
import type { ImpactItem, Theme } from './context.js';
import { changed } from './themes-panel.js';
import '../../parts/confirm-step.js';
import '../../../../../src/components/button/index.js';
import '../../../../../src/components/radio-group/index.js';

export interface SelectedAnswer {
  feedbackId: string;
  /** Absent when a whole response is selected. */
  questionId?: string;
  text?: string;
}

declare global {
  interface HTMLElementEventMap {
    /** The selection was used (or cleared): the view empties it. */
    'cpa-selection-clear': CustomEvent<void>;
  }
}

const answers = (n: number, what: string) => (n === 1 ? `1 ${what}` : `${n} ${what}s`);

export class CpaSelectionBar extends LitElement {
  static override properties = {
    api: { attribute: false },
    projectId: { attribute: false },
    panelId: { attribute: false },
    themes: { attribute: false },
    items: { attribute: false },
    selected: { attribute: false },
    what: { attribute: false },
    linking: { state: true },
    message: { state: true },
    itemError: { state: true },
  };

  declare api: Api;
  declare projectId?: string;
  declare panelId?: string;
  declare themes: Theme[];
  declare items: ImpactItem[];
  declare selected: SelectedAnswer[];
  /** "answer" or "response": how the selection is named. */
  declare what: string;
  declare linking: boolean;
  declare message?: { kind: 'success' | 'error'; text: string };
  declare itemError: string;

  static override styles = [
    viewStyles,
    css`
      .bar {
        padding: var(--cp-space-3) var(--cp-space-4);
        border: 2px solid var(--cp-color-text);
        background: var(--cp-color-surface);
        margin-block-end: var(--cp-space-4);
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: var(--cp-space-3);
        align-items: end;
      }
      form .field {
        margin: 0;
        flex: 0 1 16rem;
        max-inline-size: 100%;
        min-inline-size: 0;
      }
      select {
        inline-size: 100%;
      }
      cp-button {
        margin-block-end: 0;
      }
    `,
  ];

  constructor() {
    super();
    this.themes = [];
    this.items = [];
    this.selected = [];
    this.what = 'answer';
    this.linking = false;
    this.itemError = '';
  }

  private say(kind: 'success' | 'error', text: string): void {
    this.message = { kind, text };
    announce(this, text);
  }

  private done(): void {
    this.dispatchEvent(new CustomEvent('cpa-selection-clear', { bubbles: true, composed: true }));
    changed(this);
  }

  /** Sends one request per answer; stops at the first refusal and says which. */
  private async each(send: (a: SelectedAnswer) => Promise<unknown>): Promise<number> {
    let n = 0;
    for (const a of this.selected) {
      await send(a);
      n++;
    }
    return n;
  }

  private async tag(e: Event): Promise<void> {
    e.preventDefault();
    const themeId = this.renderRoot.querySelector<HTMLSelectElement>('#tag-theme')?.value;
    const theme = this.themes.find((t) => t.id === themeId);
    if (!theme || !this.projectId)
      return this.say('error', 'Choose a theme first. Create one under “Themes” if there is none yet.');
    try {
      const n = await this.each((a) =>
        this.api.send(
          'POST',
          `/projects/${encodeURIComponent(this.projectId!)}/themes/${encodeURIComponent(theme.id)}/tags`,
          {
            feedbackId: a.feedbackId,
            ...(a.questionId ? { questionId: a.questionId } : {}),
          },
        ),
      );
      this.say('success', `Tagged ${answers(n, this.what)} with “${theme.name}”.`);
      this.done();
    } catch (err) {
      this.say('error', err instanceof ApiError ? err.message : 'The tags could not be saved. Try again.');
    }
  }

  private async link(): Promise<void> {
    const group = this.renderRoot.querySelector('#link-item') as (HTMLElement & { value?: string }) | null;
    const item = this.items.find((i) => i.id === group?.value);
    if (!item) {
      this.itemError = 'Choose the “you said” item to link to';
      (group as HTMLElement & { error?: string }).error = this.itemError;
      group?.focus();
      return;
    }
    try {
      const n = await this.each((a) =>
        this.api.send(
          'POST',
          `/impact/${encodeURIComponent(this.panelId!)}/items/${encodeURIComponent(item.id)}/links`,
          {
            feedbackId: a.feedbackId,
            ...(a.questionId ? { questionId: a.questionId } : {}),
          },
        ),
      );
      this.linking = false;
      this.say('success', `Linked ${answers(n, this.what)} to “${item.youSaid}”.`);
      this.done();
    } catch (err) {
      this.linking = false;
      this.say('error', err instanceof ApiError ? err.message : 'The answers could not be linked. Try again.');
    }
  }

  private clear(): void {
    this.dispatchEvent(new CustomEvent('cpa-selection-clear', { bubbles: true, composed: true }));
    announce(this, 'Selection cleared.');
  }

  protected override render() {
    const n = this.selected.length;
    const count = answers(n, this.what);
    return html`<section class="bar" aria-labelledby="selection-heading" id="selection">
      <h2 id="selection-heading" class="h3">Selected: ${count}</h2>
      ${this.message ? notice(this.message.kind, this.message.text, { id: 'selection-message' }) : nothing}
      ${
        n === 0
          ? html`<p class="muted">Select ${this.what}s below to tag them with a theme or link them to a “you said” item.</p>`
          : html`<form id="tag-form" @submit=${this.tag}>
              <div class="field">
                <label for="tag-theme">Theme</label>
                <select id="tag-theme">
                  ${this.themes.map((t) => html`<option value=${t.id}>${t.name}</option>`)}
                </select>
              </div>
              <cp-button type="submit" variant="secondary" id="tag-selected">Tag ${count}</cp-button>
              ${
                this.panelId
                  ? html`<cp-button type="button" variant="secondary" id="link-to" aria-expanded=${this.linking ? 'true' : 'false'} @click=${() => (this.linking = true)}
                    >Link to…</cp-button
                  >`
                  : nothing
              }
              <button type="button" class="link" id="clear-selection" @click=${this.clear}>Clear selection</button>
            </form>
            ${!this.panelId ? html`<p class="muted">This project has no “you said, we did” panel yet, so there is nothing to link to.</p>` : nothing}
            ${
              this.linking
                ? this.items.length
                  ? html`<cpa-confirm-step
                    heading=${`Link ${count} to a “you said” item`}
                    confirm-label=${`Link ${count}`}
                    variant="primary"
                    @cpa-confirm=${this.link}
                    @cpa-cancel=${() => (this.linking = false)}
                  >
                    <p>The item will count the people who raised it. Their words are not published unless you quote them in the item.</p>
                    <cp-radio-group
                      id="link-item"
                      label="Which item?"
                      required
                      .options=${this.items.map((i) => ({ value: i.id, label: i.youSaid, hint: i.theme }))}
                    ></cp-radio-group>
                  </cpa-confirm-step>`
                  : html`<p>The panel has no items yet. Add one under “You said, we did” first.</p>`
                : nothing
            }`
      }
    </section>`;
  }
}

if (!customElements.get('cpa-selection-bar')) customElements.define('cpa-selection-bar', CpaSelectionBar);
