// <cpa-themes-panel>: the project's themes (shared by everyone on the project), each a filter;
// editors create themes here, and can link every answer tagged with a theme to a "you said" item.
import { css, html, LitElement, nothing } from 'lit';
import { ApiError, type Api } from '../../api.js';
import { viewStyles } from '../../styles.js';
import { announce } from '../../parts/announce.js';
import { notice } from '../../parts/notice.js';
import type { Column } from '../../parts/data-table.js';
import { viewHref, withFilter, type Filter } from './filter.js';
import type { ImpactItem, Theme } from './context.js';
import '../../parts/data-table.js';
import '../../../../../src/components/button/index.js';

declare global {
  interface HTMLElementEventMap {
    /** Themes or their tags changed: the view reloads what depends on them. */
    'cpa-themes-changed': CustomEvent<void>;
  }
}

export const changed = (from: EventTarget) =>
  from.dispatchEvent(new CustomEvent('cpa-themes-changed', { bubbles: true, composed: true }));

export class CpaThemesPanel extends LitElement {
  static override properties = {
    api: { attribute: false },
    projectId: { attribute: false },
    panelId: { attribute: false },
    formId: { attribute: false },
    view: { attribute: false },
    filter: { attribute: false },
    themes: { attribute: false },
    items: { attribute: false },
    canEdit: { attribute: false },
    nameError: { state: true },
    message: { state: true },
  };

  declare api: Api;
  declare projectId: string;
  declare panelId?: string;
  declare formId: string;
  declare view: 'results' | 'responses';
  declare filter: Filter;
  declare themes: Theme[];
  declare items: ImpactItem[];
  declare canEdit: boolean;
  declare nameError: string;
  declare message?: { kind: 'success' | 'error'; text: string };

  static override styles = [
    viewStyles,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        gap: var(--cp-space-3);
        align-items: end;
        margin-block-end: var(--cp-space-4);
      }
      form .field {
        margin: 0;
        flex: 1 1 14rem;
        max-inline-size: 100%;
        min-inline-size: 0;
      }
      input,
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
    this.view = 'results';
    this.filter = {};
    this.themes = [];
    this.items = [];
    this.canEdit = false;
    this.nameError = '';
  }

  private field(id: string): string {
    return (this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value ?? '').trim();
  }

  private async create(e: Event): Promise<void> {
    e.preventDefault();
    const name = this.field('theme-name');
    this.nameError = name ? '' : 'Enter a name for the theme';
    if (this.nameError) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#theme-name')?.focus();
      return;
    }
    try {
      await this.api.send('POST', `/projects/${encodeURIComponent(this.projectId)}/themes`, { name });
      (this.renderRoot.querySelector('#theme-name') as HTMLInputElement).value = '';
      this.message = { kind: 'success', text: `Theme “${name}” created.` };
      announce(this, this.message.text);
      changed(this);
    } catch (err) {
      this.nameError = (err as Error).message;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#theme-name')?.focus();
    }
  }

  private async linkTheme(e: Event): Promise<void> {
    e.preventDefault();
    const themeId = this.field('from-theme');
    const itemId = this.field('from-theme-item');
    const theme = this.themes.find((t) => t.id === themeId);
    const item = this.items.find((i) => i.id === itemId);
    if (!theme || !item || !this.panelId) {
      this.message = { kind: 'error', text: 'Choose a theme and a “you said” item.' };
      announce(this, this.message.text);
      return;
    }
    try {
      const r = await this.api.send<{ linked?: number; already?: number }>(
        'POST',
        `/impact/${encodeURIComponent(this.panelId)}/items/${encodeURIComponent(item.id)}/links/from-theme`,
        { projectId: this.projectId, themeId: theme.id },
      );
      const n = r?.linked ?? 0;
      this.message = {
        kind: 'success',
        text: `Linked ${n === 1 ? '1 answer' : `${n} answers`} from “${theme.name}” to “${item.youSaid}”.${r?.already ? ` ${r.already} were linked already.` : ''}`,
      };
    } catch (err) {
      this.message = {
        kind: 'error',
        text: err instanceof ApiError ? err.message : 'The answers could not be linked. Try again.',
      };
    }
    announce(this, this.message.text);
  }

  private columns(): Column<Theme>[] {
    return [
      {
        key: 'name',
        label: 'Theme',
        freeText: true,
        render: (t) =>
          html`<a href=${viewHref(this.view, this.formId, withFilter(this.filter, { theme: t.id }))} id=${`theme-filter-${t.id}`}
            >${t.name}<span class="vh">: show only these responses</span></a
          >`,
      },
      { key: 'count', label: 'Responses tagged', numeric: true, value: (t) => t.count ?? 0 },
    ];
  }

  protected override render() {
    return html`<section aria-labelledby="themes-heading" id="themes">
      <h2 id="themes-heading">Themes</h2>
      <p>Themes are shared by everyone working on this project. Choose a theme to see only its responses.</p>
      ${this.message ? notice(this.message.kind, this.message.text, { id: 'themes-message' }) : nothing}
      <cpa-data-table caption="Themes in this project" .columns=${this.columns()} .rows=${this.themes} empty="No themes yet."></cpa-data-table>
      ${
        this.canEdit
          ? html`<form id="new-theme" @submit=${this.create} novalidate>
              <div class="field ${this.nameError ? 'field--invalid' : ''}">
                <label for="theme-name">Name of a new theme</label>
                <span class="hint" id="theme-name-hint">For example, “transport” or “cost of food”.</span>
                ${this.nameError ? html`<span class="field-error" id="theme-name-error"><span class="vh">Error:</span> ${this.nameError}</span>` : nothing}
                <input
                  id="theme-name"
                  name="name"
                  type="text"
                  dir="auto"
                  aria-describedby=${this.nameError ? 'theme-name-hint theme-name-error' : 'theme-name-hint'}
                  aria-invalid=${this.nameError ? 'true' : nothing}
                />
              </div>
              <cp-button type="submit" variant="secondary" id="create-theme">Create theme</cp-button>
            </form>
            ${
              this.panelId && this.themes.length && this.items.length
                ? html`<h3>Turn a theme into a “you said” item</h3>
                  <p>Every answer tagged with the theme is linked to the item, so the item shows how many people raised it.</p>
                  <form id="theme-to-item" @submit=${this.linkTheme}>
                    <div class="field">
                      <label for="from-theme">Theme</label>
                      <select id="from-theme">
                        ${this.themes.map((t) => html`<option value=${t.id}>${t.name}</option>`)}
                      </select>
                    </div>
                    <div class="field">
                      <label for="from-theme-item">“You said” item</label>
                      <select id="from-theme-item">
                        ${this.items.map((i) => html`<option value=${i.id}>${i.youSaid}</option>`)}
                      </select>
                    </div>
                    <cp-button type="submit" variant="secondary" id="link-theme">Link the theme’s answers</cp-button>
                  </form>`
                : nothing
            }`
          : nothing
      }
    </section>`;
  }
}

if (!customElements.get('cpa-themes-panel')) customElements.define('cpa-themes-panel', CpaThemesPanel);
