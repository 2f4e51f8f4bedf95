// <cpa-impact-view>: /admin/impact/:panelId. "You said, we did": the items as published, how much
// feedback is linked to each, writing and changing items (editors), starting an item from a
// theme (its tagged answers are linked once it is published), a preview with the kit's own
// <cp-impact-panel>, and publishing.
import { css, html, nothing, type PropertyValues } from 'lit';
import { ApiError, can, type Staff } from '../api.js';
import { AdminView } from './admin-view.js';
import { href } from '../router.js';
import { adminStyles } from '../styles.js';
import { boxFix } from './manage/styles.js';
import { announce } from '../parts/announce.js';
import { loading, notice, noticeStyles } from '../parts/notice.js';
import { pageHeader } from '../parts/page-header.js';
import type { Column } from '../parts/data-table.js';
import '../parts/data-table.js';
import type { CpErrorSummary } from '../../../../src/components/error-summary/index.js';
import '../../../../src/components/error-summary/index.js';
import '../../../../src/components/text-field/index.js';
import '../../../../src/components/radio-group/index.js';
import '../../../../src/components/button/index.js';
import { count, focusDeep, getPublic, messageOf, type FieldError } from './manage/common.js';
import { setTitle } from './manage/title.js';
import { textOf } from '../../../../src/contract/text.js';
import {
  editable,
  itemField,
  itemProblem,
  linkCounts,
  newItemId,
  panelBody,
  statusLabel,
  type ImpactData,
  type ImpactItem,
} from './impact/model.js';
import './impact/item-form.js';

type Json = Record<string, any>;
interface Theme {
  id: string;
  name: string;
  count: number;
}
/** Which item is being written: an index in the draft, or a new one. */
type Editing = { index: number; item: ImpactItem; errors: FieldError[] } | undefined;

export class CpaImpactView extends AdminView {
  static override properties = {
    draft: { state: true },
    published: { state: true },
    counts: { state: true },
    project: { state: true },
    themes: { state: true },
    editing: { state: true },
    choosingTheme: { state: true },
    themeChoice: { state: true },
    pending: { state: true },
    dirty: { state: true },
    errors: { state: true },
    problem: { state: true },
    message: { state: true },
    previewing: { state: true },
  };

  declare staff: Staff;
  declare private draft?: ImpactData;
  /** True when a panel is published at this id (links can only be made to a published panel). */
  declare private published: boolean;
  declare private counts: Map<string, number>;
  /** The project whose impact panel this is, for its themes. */
  declare private project?: Json;
  declare private themes: Theme[];
  declare private editing: Editing;
  declare private choosingTheme: boolean;
  declare private themeChoice: string;
  /** Items started from a theme: item id → theme id, linked once the item is published. */
  declare private pending: Map<string, string>;
  /** True when the draft has changes that are not published. */
  declare private dirty: boolean;
  declare private errors: FieldError[];
  declare private problem: string;
  declare private message: string;
  declare private previewing: boolean;
  private loadedFor?: string;

  static override styles = [
    adminStyles,
    boxFix,
    noticeStyles,
    css`
      form {
        max-inline-size: 48rem;
      }
      cp-text-field,
      cp-radio-group {
        display: block;
        margin-block-end: var(--cp-space-4);
      }
      .preview {
        padding: var(--cp-space-4);
        border: 2px dashed var(--cp-color-border-control);
      }
      h2:focus {
        outline: none;
      }
    `,
  ];

  constructor() {
    super();
    this.published = false;
    this.counts = new Map();
    this.themes = [];
    this.choosingTheme = false;
    this.themeChoice = '';
    this.pending = new Map();
    this.dirty = false;
    this.errors = [];
    this.problem = '';
    this.message = '';
    this.previewing = false;
  }

  private get panelId(): string {
    return this.params[0] ?? '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('params') || changed.has('api')) && this.api && this.panelId && this.panelId !== this.loadedFor) {
      this.loadedFor = this.panelId;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    this.problem = '';
    this.draft = undefined;
    try {
      const id = encodeURIComponent(this.panelId);
      const served = await getPublic<ImpactData>(`/impact/${id}`);
      this.published = !!served;
      this.draft = editable(served);
      this.dirty = false;
      this.pending = new Map();
      await Promise.all([this.loadLinks(), this.loadThemes()]);
      setTitle(
        this,
        this.draft.title ? textOf(this.draft.title) : `You said, we did: ${this.project?.name ?? this.panelId}`,
      );
    } catch (e) {
      this.draft ??= { items: [] };
      this.problem = messageOf(e);
    }
  }

  private async loadLinks(): Promise<void> {
    if (!this.published) return;
    const answer = await this.api.get<{ links: { itemId: string; feedbackId: string }[] }>(
      `/impact/${encodeURIComponent(this.panelId)}/links`,
    );
    this.counts = linkCounts(answer.links ?? []);
  }

  /** The project that names this panel, and its themes. Nothing when no project names it. */
  private async loadThemes(): Promise<void> {
    const { projects = [] } = await this.api.get<{ projects: Json[] }>('/projects');
    this.project = projects.find((p) => p.impactPanelId === this.panelId);
    if (!this.project) return;
    const answer = await this.api
      .get<{ themes: Theme[] }>(`/projects/${encodeURIComponent(this.project.projectId)}/themes`)
      .catch(() => ({ themes: [] as Theme[] }));
    this.themes = answer.themes ?? [];
  }

  /** Shows what was done at the top and says it; `focus` moves focus there (when the form is gone). */
  private async say(message: string, focus = false): Promise<void> {
    this.message = message;
    announce(this, message);
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#impact-message-box')?.focus();
  }

  private get takenIds(): Set<string> {
    return new Set(this.draft?.items.map((i) => i.id) ?? []);
  }

  // Writing items.

  private edit(index: number, errors: FieldError[] = []): void {
    const item = index < 0 ? ({ id: '', youSaid: '', status: '' } as unknown as ImpactItem) : this.draft!.items[index]!;
    this.message = '';
    this.previewing = false;
    this.editing = { index, item, errors };
  }

  private async saveItem(e: CustomEvent<{ item: ImpactItem }>): Promise<void> {
    const { index } = this.editing!;
    const item = { ...e.detail.item };
    const items = [...this.draft!.items];
    if (index < 0) {
      item.id ||= newItemId(textOf(item.youSaid), this.takenIds);
      items.push(item);
    } else {
      items[index] = item;
    }
    this.draft = { ...this.draft!, items };
    this.dirty = true;
    this.editing = undefined;
    void this.say(index < 0 ? 'Item added. Publish to make it public.' : 'Item saved. Publish to make it public.');
    await this.updateComplete;
    focusDeep(this.renderRoot, `#edit-${CSS.escape(item.id)}`);
  }

  private async cancelItem(): Promise<void> {
    const index = this.editing?.index ?? -1;
    const id = index >= 0 ? this.draft?.items[index]?.id : undefined;
    // A new item from a theme that was never saved has no theme link to make.
    for (const [itemId] of this.pending) if (!this.takenIds.has(itemId)) this.pending.delete(itemId);
    this.editing = undefined;
    await this.updateComplete;
    if (!id || !focusDeep(this.renderRoot, `#edit-${CSS.escape(id)}`)) focusDeep(this.renderRoot, '#add-item');
  }

  private async removeItem(index: number): Promise<void> {
    const item = this.draft!.items[index]!;
    this.draft = { ...this.draft!, items: this.draft!.items.filter((_, i) => i !== index) };
    this.pending.delete(item.id);
    this.dirty = true;
    void this.say('Item taken off the list. Publish to make it public.');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#add-item')?.focus();
  }

  // A new item from a theme.

  private async toggleThemes(): Promise<void> {
    this.choosingTheme = !this.choosingTheme;
    await this.updateComplete;
    if (this.choosingTheme) this.renderRoot.querySelector<HTMLElement>('#theme-heading')?.focus();
  }

  private async startFromTheme(e: Event): Promise<void> {
    e.preventDefault();
    const theme = this.themes.find((t) => t.id === this.themeChoice);
    if (!theme) return;
    const id = newItemId(theme.name, this.takenIds);
    this.pending = new Map(this.pending).set(id, theme.id);
    this.choosingTheme = false;
    this.themeChoice = '';
    this.editing = {
      index: -1,
      item: { id, theme: theme.name, youSaid: '', status: '' } as unknown as ImpactItem,
      errors: [],
    };
  }

  // Preview and publish.

  private async preview(): Promise<void> {
    // The widget loads only when it is shown.
    await import('../../../../src/components/impact-panel/index.js');
    this.previewing = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#preview-heading')?.focus();
  }

  /** The draft as the public will see it: the collector adds "Raised by" from the links. */
  private get previewData(): ImpactData {
    const body = panelBody(this.draft!);
    return {
      ...body,
      items: body.items.map((i) => (this.counts.get(i.id) ? { ...i, raisedBy: this.counts.get(i.id) } : i)),
    };
  }

  private async publish(e: Event): Promise<void> {
    e.preventDefault();
    const draft = this.draft!;
    // Checked here first, as the collector would: the item with a problem opens with its error.
    const bad = draft.items.findIndex((i) => itemProblem(i));
    if (bad >= 0) {
      const [field, message] = itemProblem(draft.items[bad]!)!;
      this.edit(bad, [{ target: `item-${field}`, message }]);
      return;
    }
    try {
      await this.api.send('PUT', `/impact/${encodeURIComponent(this.panelId)}`, panelBody(draft));
    } catch (err) {
      const at = err instanceof ApiError ? itemField(err.field) : undefined;
      if (at && draft.items[at[0]]) {
        // A field the form has no control for (quotes, timeline, links) links to the first one.
        const own = ['youSaid', 'theme', 'status', 'weDid', 'reason', 'nextSteps', 'source', 'saidOn'].includes(at[1])
          ? at[1]
          : 'youSaid';
        this.edit(at[0], [{ target: `item-${own}`, message: messageOf(err) }]);
      } else {
        this.errors = [
          {
            target: err instanceof ApiError && err.field === 'title' ? 'panel-title' : 'publish-impact',
            message: messageOf(err),
          },
        ];
        await this.updateComplete;
        void this.renderRoot.querySelector<CpErrorSummary>('#publish-errors')?.show();
      }
      return;
    }
    this.published = true;
    this.dirty = false;
    this.errors = [];
    const linked = await this.linkThemes();
    await this.loadLinks().catch(() => undefined);
    await this.say(`Published. People can see the changes now.${linked}`, true);
  }

  /** Links each theme's tagged answers to the item started from it. Says how it went. */
  private async linkThemes(): Promise<string> {
    if (!this.pending.size || !this.project) return '';
    let total = 0;
    const failed: string[] = [];
    for (const [itemId, themeId] of this.pending) {
      try {
        const answer = await this.api.send<{ linked: number }>(
          'POST',
          `/impact/${encodeURIComponent(this.panelId)}/items/${encodeURIComponent(itemId)}/links/from-theme`,
          { projectId: this.project.projectId, themeId },
        );
        total += answer?.linked ?? 0;
        this.pending.delete(itemId);
      } catch {
        failed.push(this.themes.find((t) => t.id === themeId)?.name ?? themeId);
      }
    }
    this.pending = new Map(this.pending);
    const done = total ? ` ${count(total, 'answer')} from themes linked.` : '';
    return failed.length
      ? `${done} The answers of ${failed.join(', ')} could not be linked: publish again to try again.`
      : done;
  }

  private setTitleText(e: Event): void {
    this.draft = { ...this.draft!, title: (e.target as HTMLInputElement).value };
    this.dirty = true;
  }

  protected override render() {
    const header = pageHeader({
      title: 'You said, we did',
      caption: String(this.project?.name ?? this.panelId),
      lead: 'What people raised, what you did, and why when it could not be done.',
    });
    // One outer template, so the <h1> the shell focuses stays the same element when the data arrives.
    return html`${header}${this.renderBody()}`;
  }

  private renderBody() {
    if (!this.panelId) return html`<p>Choose a project on the <a href=${href('')}>overview</a>.</p>`;
    if (!this.draft) return loading('Loading the panel…');
    if (this.editing) {
      const heading = this.editing.index < 0 ? 'New item' : 'Change this item';
      return html`<cpa-impact-item-form
          .item=${this.editing.item}
          .errors=${this.editing.errors}
          heading=${heading}
          @cpa-item-save=${this.saveItem}
          @cpa-item-cancel=${this.cancelItem}
        ></cpa-impact-item-form>`;
    }
    return html`${this.problem ? notice('error', this.problem, { title: 'The panel could not be loaded', id: 'impact-problem' }) : nothing}
      ${this.message ? html`<div id="impact-message-box" tabindex="-1">${notice('success', this.message, { id: 'impact-message' })}</div>` : nothing}
      ${this.dirty ? notice('warning', 'You have changes that are not published yet.', { id: 'impact-unpublished' }) : nothing}
      ${
        this.published
          ? html`<p><a href=${`/v1/impact/${encodeURIComponent(this.panelId)}`} id="public-impact">See the published panel (JSON)</a></p>`
          : html`<p>Nothing is published here yet.</p>`
      }
      ${this.renderItems()} ${can(this.staff, 'editor') ? this.renderActions() : nothing} ${this.renderPreview()}`;
  }

  private renderItems() {
    const editor = can(this.staff, 'editor');
    const rows = this.draft!.items.map((item, index) => ({ ...item, index }));
    type Row = ImpactItem & { index: number };
    const columns: Column<Row>[] = [
      { key: 'youSaid', label: 'You said', value: (r) => textOf(r.youSaid), freeText: true },
      { key: 'theme', label: 'Theme', value: (r) => textOf(r.theme), freeText: true },
      { key: 'status', label: 'Status', value: (r) => statusLabel(r.status) },
      {
        key: 'linked',
        label: 'Linked feedback',
        numeric: true,
        value: (r) => this.counts.get(r.id) ?? 0,
        render: (r) =>
          html`${this.counts.get(r.id) ?? 0}${this.pending.has(r.id) ? html`<span class="muted"> (a theme's answers are linked when published)</span>` : nothing}`,
      },
      ...(editor
        ? [
            {
              key: 'change',
              label: 'Change',
              sortable: false,
              render: (r: Row) => html`<div class="actions">
                <button type="button" class="link" id=${`edit-${r.id}`} aria-label=${`Change item: ${textOf(r.youSaid)}`} @click=${() => this.edit(r.index)}>
                  Change
                </button>
                <button type="button" class="link" id=${`remove-${r.id}`} aria-label=${`Remove item: ${textOf(r.youSaid)}`} @click=${() => this.removeItem(r.index)}>
                  Remove
                </button>
              </div>`,
            },
          ]
        : []),
    ];
    return html`<section aria-labelledby="items-heading">
      <h2 id="items-heading">Items</h2>
      ${this.results()}
      <cpa-data-table id="impact-items" caption="Items on the panel" caption-hidden .columns=${columns} .rows=${rows} empty="There are no items yet."></cpa-data-table>
    </section>`;
  }

  /** Where to find answers to link by hand: the project's results. */
  private results() {
    const forms: string[] = Array.isArray(this.project?.forms) ? this.project.forms : [];
    if (!forms.length) return nothing;
    return html`<p>
      To link single answers to an item, select them in the results of
      ${forms.map((f, i) => html`${i ? ', ' : ''}<a href=${href('results', [f])}>${f}</a>`)} and choose "Link to…".
    </p>`;
  }

  private renderActions() {
    return html`<div class="actions">
        <cp-button type="button" variant="secondary" id="add-item" @click=${() => this.edit(-1)}>Add an item</cp-button>
        ${
          this.themes.length
            ? html`<cp-button type="button" variant="secondary" id="item-from-theme" @click=${this.toggleThemes}
              >New item from a theme</cp-button
            >`
            : nothing
        }
      </div>
      ${this.choosingTheme ? this.renderThemeChoice() : nothing}
      <form novalidate id="publish-form" @submit=${this.publish} aria-labelledby="publish-heading">
        <h2 id="publish-heading">Publish</h2>
        <cp-error-summary id="publish-errors" .errors=${this.errors}></cp-error-summary>
        <cp-text-field
          id="panel-title"
          label="Panel title"
          hint='Shown above the items. Leave empty for "You said, we did".'
          autocomplete="off"
          .value=${this.draft!.title ?? ''}
          @input=${this.setTitleText}
        ></cp-text-field>
        <div class="actions">
          <cp-button type="button" variant="secondary" id="preview-impact" @click=${this.preview}>Preview</cp-button>
          <cp-button id="publish-impact">Publish</cp-button>
        </div>
      </form>`;
  }

  private renderThemeChoice() {
    const options = this.themes.map((t) => ({
      value: t.id,
      label: t.name,
      hint: `${count(t.count, 'tagged answer')}`,
    }));
    const submit = async (e: Event) => {
      e.preventDefault();
      await this.startFromTheme(e);
    };
    return html`<form novalidate id="theme-form" @submit=${submit}>
      <h2 id="theme-heading" tabindex="-1">New item from a theme</h2>
      <p>The theme's tagged answers are linked to the new item when you publish it.</p>
      <cp-error-summary></cp-error-summary>
      <cp-radio-group
        id="theme-choice"
        label="Which theme?"
        required
        required-message="Select a theme"
        .options=${options}
        .value=${this.themeChoice}
        @change=${(e: Event) => (this.themeChoice = (e.target as HTMLInputElement).value)}
      ></cp-radio-group>
      <cp-button id="theme-start">Start the item</cp-button>
    </form>`;
  }

  private renderPreview() {
    if (!this.previewing) return nothing;
    return html`<section aria-labelledby="preview-heading">
      <h2 id="preview-heading" tabindex="-1">Preview</h2>
      <p>This is how the panel will look once you publish.</p>
      <div class="preview"><cp-impact-panel id="impact-preview" .data=${this.previewData} heading-level="3" keep-title></cp-impact-panel></div>
    </section>`;
  }
}

if (!customElements.get('cpa-impact-view')) customElements.define('cpa-impact-view', CpaImpactView);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-impact-view': CpaImpactView;
  }
}
