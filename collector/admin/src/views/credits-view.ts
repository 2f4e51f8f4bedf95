// <cpa-credits-view>: /admin/credits/:projectId. The people who gave consent, credited as they
// chose (read-only: only they can change it), with the roles staff give them; the entries staff
// add themselves; a preview with the kit's own <cp-credits>; and publishing.
import { css, html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
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
import type { CreditsData } from '../../../../src/contract/credits.js';
import '../../../../src/components/error-summary/index.js';
import '../../../../src/components/text-field/index.js';
import '../../../../src/components/radio-group/index.js';
import '../../../../src/components/checkbox-group/index.js';
import '../../../../src/components/button/index.js';
import { focusDeep, getPublic, messageOf, newId, type FieldError } from './manage/common.js';
import { setTitle } from './manage/title.js';
import { creditOf, creditWords, loadHistory, type ConsentHistory } from './consent/model.js';
import {
  CHOICES,
  controlFor,
  creditsBody,
  roleOptions,
  splitPublished,
  creditedNow,
  type Entry,
} from './credits/model.js';
import { entryFields } from './credits/entry-fields.js';

type Json = Record<string, any>;

export class CpaCreditsView extends AdminView {
  static override properties = {
    project: { state: true },
    records: { state: true },
    base: { state: true },
    entries: { state: true },
    roles: { state: true },
    editing: { state: true },
    editRoles: { state: true },
    errors: { state: true },
    problem: { state: true },
    message: { state: true },
    preview: { state: true },
    staffNotLoaded: { state: true },
    rolesKnown: { state: true },
  };

  declare staff: Staff;
  declare private project?: Json;
  declare private records?: ConsentHistory[];
  /** The staff-added credits as published (title, roles): kept as they are when publishing again. */
  declare private base?: CreditsData;
  declare private entries: Entry[];
  /** Roles given to each consent record (record id → role ids). */
  declare private roles: Map<string, string[]>;
  /** The consent record whose roles are being changed. */
  declare private editing?: string;
  declare private editRoles: string[];
  declare private errors: FieldError[];
  declare private problem: string;
  declare private message: string;
  declare private preview?: CreditsData;
  /** True when the staff-added entries already published could not be read. */
  declare private staffNotLoaded: boolean;
  /** False when this collector tells nobody which roles each consent record has. */
  declare private rolesKnown: boolean;
  private loadedFor?: string;
  private action: 'preview' | 'publish' = 'preview';

  static override styles = [
    adminStyles,
    boxFix,
    noticeStyles,
    css`
      fieldset.entry {
        margin: 0 0 var(--cp-space-5);
        padding: var(--cp-space-4);
        border: 1px solid var(--cp-color-border);
        min-inline-size: 0;
      }
      legend {
        font-weight: var(--cp-font-weight-bold);
        font-size: var(--cp-font-size-heading-s);
        padding-inline: var(--cp-space-1);
        overflow-wrap: anywhere;
      }
      cp-text-field,
      cp-radio-group,
      cp-checkbox-group {
        display: block;
        margin-block-end: var(--cp-space-4);
      }
      .preview {
        padding: var(--cp-space-4);
        border: 2px dashed var(--cp-color-border-control);
      }
      form {
        max-inline-size: 48rem;
      }
    `,
  ];

  constructor() {
    super();
    this.entries = [];
    this.roles = new Map();
    this.editRoles = [];
    this.errors = [];
    this.problem = '';
    this.message = '';
    this.staffNotLoaded = false;
    this.rolesKnown = false;
  }

  private get projectId(): string {
    return this.params[0] ?? '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (
      (changed.has('params') || changed.has('api')) &&
      this.api &&
      this.projectId &&
      this.projectId !== this.loadedFor
    ) {
      this.loadedFor = this.projectId;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    this.problem = '';
    this.project = undefined;
    this.records = undefined;
    try {
      const project: Json = await this.api.get<Json>(`/projects/${encodeURIComponent(this.projectId)}`).catch((e) => {
        if (e instanceof ApiError && e.status === 404) return { projectId: this.projectId, name: this.projectId };
        throw e;
      });
      const [records, stored, published] = await Promise.all([
        typeof project.consentId === 'string' ? loadHistory(this.api, project.consentId) : Promise.resolve([]),
        this.storedEntries(),
        getPublic<CreditsData>(`/credits/${encodeURIComponent(this.projectId)}`).catch(() => undefined),
      ]);
      // Without a route that gives back the stored entries and roles, they are read from the
      // published credits (see splitPublished); when that does not line up, the view says so.
      const split = published ? splitPublished(published, records) : undefined;
      const base = stored === 'unavailable' ? split?.staff : stored;
      this.staffNotLoaded = stored === 'unavailable' && !split && !!published?.contributors.length;
      const serverRoles = records.some((h) => Array.isArray(h.roles));
      this.rolesKnown = serverRoles || !!split;
      this.project = project;
      this.records = records;
      this.base = base;
      this.entries = (base?.contributors ?? []).map((contributor) => ({
        key: newId(),
        contributor: { ...contributor },
      }));
      this.roles = serverRoles ? new Map(records.map((h) => [h.recordId, h.roles ?? []])) : (split?.roles ?? new Map());
      setTitle(this, `Credits: ${project.name ?? this.projectId}`);
    } catch (e) {
      this.project = { name: this.projectId };
      this.records = [];
      this.problem = messageOf(e);
    }
  }

  /**
   * The staff-added entries as stored (GET /v1/admin/credits/:projectId): undefined when none
   * were published, 'unavailable' when this collector cannot give them back.
   */
  private async storedEntries(): Promise<CreditsData | undefined | 'unavailable'> {
    try {
      return await this.api.get<CreditsData>(`/credits/${encodeURIComponent(this.projectId)}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404 && /nothing has been published/i.test(e.message)) return undefined;
      if (e instanceof ApiError && (e.status === 404 || e.status === 405)) return 'unavailable';
      throw e;
    }
  }

  private get people(): ConsentHistory[] {
    return (this.records ?? []).filter(creditedNow);
  }

  private referenceOf(h: ConsentHistory): string {
    return typeof h.record?.reference === 'string' ? h.record.reference : h.recordId.slice(0, 8);
  }

  // Consent-derived people: roles only.

  private async openRoles(recordId: string): Promise<void> {
    this.editing = recordId;
    this.editRoles = [...(this.roles.get(recordId) ?? [])];
    this.errors = [];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#roles-heading')?.focus();
  }

  private async cancelRoles(): Promise<void> {
    const id = this.editing;
    this.editing = undefined;
    await this.updateComplete;
    if (id) focusDeep(this.renderRoot, `#roles-${CSS.escape(id)}`);
  }

  private async saveRoles(e: Event): Promise<void> {
    e.preventDefault();
    const recordId = this.editing;
    if (!recordId) return;
    try {
      await this.api.send('PUT', `/consent/${encodeURIComponent(recordId)}/roles`, { roles: this.editRoles });
      this.roles = new Map(this.roles).set(recordId, [...this.editRoles]);
      const h = this.records?.find((r) => r.recordId === recordId);
      this.editing = undefined;
      await this.say(`Roles saved for ${h ? this.referenceOf(h) : 'this person'}.`);
      this.preview = undefined;
    } catch (err) {
      this.errors = [{ target: 'roles-choice', message: messageOf(err) }];
      await this.showErrors();
    }
  }

  // Staff-added entries.

  private change(key: string, patch: Record<string, unknown>): void {
    this.entries = this.entries.map((e) => (e.key === key ? { ...e, contributor: { ...e.contributor, ...patch } } : e));
  }

  private async add(): Promise<void> {
    const key = newId();
    this.entries = [...this.entries, { key, contributor: {} }];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#entry-${this.entries.length - 1}-name`)?.focus();
    announce(this, 'A new person was added to the list.');
  }

  private async removeEntry(key: string): Promise<void> {
    const i = this.entries.findIndex((e) => e.key === key);
    this.entries = this.entries.filter((e) => e.key !== key);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(i > 0 ? `#entry-${i - 1}-remove` : '#add-entry')?.focus();
    announce(this, 'The person was taken off the list. Publish to make it public.');
  }

  private press(action: 'preview' | 'publish'): void {
    this.action = action;
    this.renderRoot.querySelector<HTMLFormElement>('#credits-form')?.requestSubmit();
  }

  /** Runs only when every control is valid (the error summary stops the submit otherwise). */
  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    this.errors = [];
    const body = creditsBody(this.base, this.entries);
    const id = encodeURIComponent(this.projectId);
    try {
      if (this.action === 'preview') {
        await this.showPreview(await this.api.send<CreditsData>('POST', `/projects/${id}/credits/preview`, body));
      } else {
        await this.api.send('PUT', `/credits/${id}`, body);
        this.base = body;
        this.staffNotLoaded = false;
        await this.say('Credits published. The public credits now show these entries.');
        await this.showPreview(
          await this.api.send<CreditsData>('POST', `/projects/${id}/credits/preview`, body).catch(() => undefined),
        );
      }
    } catch (err) {
      const target = (err instanceof ApiError && controlFor(err.field)) || 'add-entry';
      this.errors = [{ target, message: messageOf(err) }];
      const field = this.renderRoot.querySelector<HTMLElement & { error?: string }>(`#${target}`);
      if (field && 'error' in field) field.error = messageOf(err);
      await this.showErrors();
    }
  }

  private async showPreview(data: CreditsData | undefined): Promise<void> {
    if (!data) return;
    // The widget loads only when it is shown.
    await import('../../../../src/components/credits/index.js');
    this.preview = data;
    if (this.action === 'preview') {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#preview-heading')?.focus();
      announce(this, 'The preview is ready below the form.');
    }
  }

  /** Shows what was done at the top, says it, and moves focus there (the form may be gone). */
  private async say(message: string): Promise<void> {
    this.message = message;
    announce(this, message);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#credits-message-box')?.focus();
  }

  private async showErrors(): Promise<void> {
    await this.updateComplete;
    for (const s of this.renderRoot.querySelectorAll<CpErrorSummary>('cp-error-summary'))
      if (s.errors.length) void s.show();
  }

  // One outer template, so the <h1> the shell focuses stays the same element when the data arrives.
  protected override render() {
    const header = pageHeader({
      title: 'Credits',
      caption: String(this.project?.name ?? this.projectId),
      lead: 'Who took part, credited the way each person chose.',
    });
    return html`${header}${this.renderBody()}`;
  }

  private renderBody() {
    if (!this.projectId) return html`<p>Choose a project on the <a href=${href('')}>overview</a>.</p>`;
    if (!this.project || !this.records) return loading('Loading credits…');
    const editor = can(this.staff, 'editor');
    return html`${this.problem ? notice('error', this.problem, { title: 'The credits could not be loaded', id: 'credits-problem' }) : nothing}
      ${this.message ? html`<div id="credits-message-box" tabindex="-1">${notice('success', this.message, { id: 'credits-message' })}</div>` : nothing}
      <p><a href=${`/v1/credits/${encodeURIComponent(this.projectId)}`} id="public-credits">See the published credits (JSON)</a></p>
      ${this.renderPeople(editor)} ${this.renderStaffEntries(editor)} ${this.renderPreview()}`;
  }

  private renderPeople(editor: boolean) {
    const options = roleOptions(this.base?.roles);
    const label = (id: string) => options.find((o) => o.value === id)?.label ?? id;
    const columns: Column<ConsentHistory>[] = [
      { key: 'reference', label: 'Reference', value: (h) => this.referenceOf(h) },
      { key: 'credit', label: 'How they chose to be credited', value: (h) => creditWords(creditOf(h)), freeText: true },
      {
        key: 'roles',
        label: 'Roles',
        value: (h) =>
          (this.roles.get(h.recordId) ?? []).map(label).join(', ') || (this.rolesKnown ? 'None yet' : 'Not known'),
      },
      ...(editor
        ? [
            {
              key: 'action',
              label: 'Change',
              sortable: false,
              render: (h: ConsentHistory) =>
                html`<button
                  type="button"
                  class="link"
                  id=${`roles-${h.recordId}`}
                  aria-label=${`Change roles for ${this.referenceOf(h)}`}
                  @click=${() => this.openRoles(h.recordId)}
                >
                  Change roles
                </button>`,
            },
          ]
        : []),
    ];
    const editing = this.editing ? this.records?.find((h) => h.recordId === this.editing) : undefined;
    return html`<section aria-labelledby="people-heading">
      <h2 id="people-heading">People who gave consent</h2>
      ${
        this.project?.consentId
          ? html`<p>
            How each person is credited is their own choice, so only they can change it. Their consent records are on the
            <a href=${href('consent', [String(this.project.consentId)])}>consent page</a>.
          </p>`
          : html`<p>This project has no consent definition, so nobody is credited from consent.</p>`
      }
      <cpa-data-table id="credits-people" caption="People credited from their consent" caption-hidden .columns=${columns} .rows=${this.people} empty="Nobody has given consent yet."></cpa-data-table>
      ${
        editing
          ? html`<form novalidate id="roles-form" @submit=${this.saveRoles}>
            <h3 id="roles-heading" tabindex="-1">Roles for ${this.referenceOf(editing)}</h3>
            <cp-error-summary .errors=${this.errors}></cp-error-summary>
            <cp-checkbox-group
              id="roles-choice"
              label="What did they do?"
              hint="Select every role that fits. Leave all empty for no role."
              .options=${options}
              .value=${this.editRoles}
              @change=${(e: Event) => (this.editRoles = [...(e.target as unknown as { value: string[] }).value])}
            ></cp-checkbox-group>
            <div class="actions">
              <cp-button id="roles-save">Save roles</cp-button>
              <cp-button type="button" variant="secondary" id="roles-cancel" @click=${this.cancelRoles}>Cancel</cp-button>
            </div>
          </form>`
          : nothing
      }
    </section>`;
  }

  private renderStaffEntries(editor: boolean) {
    const options = roleOptions(this.base?.roles);
    if (!editor) {
      const columns: Column<Entry>[] = [
        {
          key: 'name',
          label: 'Name',
          value: (e) => e.contributor.name ?? e.contributor.pseudonym ?? e.contributor.group ?? '',
          freeText: true,
        },
        {
          key: 'credit',
          label: 'Credited as',
          value: (e) => CHOICES.find((c) => c.value === (e.contributor.credit ?? 'anonymous'))?.label,
        },
      ];
      return html`<section aria-labelledby="staff-entries-heading">
        <h2 id="staff-entries-heading">Added by staff</h2>
        <cpa-data-table id="credits-staff-entries" caption="People added by staff" caption-hidden .columns=${columns} .rows=${this.entries} empty="Nobody has been added by staff."></cpa-data-table>
      </section>`;
    }
    return html`<section aria-labelledby="staff-entries-heading">
      <h2 id="staff-entries-heading">Added by staff</h2>
      <p>Add people who did not fill in a consent form, such as staff, volunteers or partner groups. Only add what they agreed to show.</p>
      ${
        this.staffNotLoaded
          ? notice(
              'warning',
              'The entries published before could not be loaded. Publishing replaces them with this list.',
              { id: 'staff-entries-warning' },
            )
          : nothing
      }
      <form novalidate id="credits-form" @submit=${this.submit}>
        <cp-error-summary .errors=${this.errors}></cp-error-summary>
        ${repeat(
          this.entries,
          (entry) => entry.key,
          (entry, i) =>
            entryFields(entry, i, options, {
              change: (patch) => this.change(entry.key, patch),
              remove: () => this.removeEntry(entry.key),
            }),
        )}
        <div class="actions">
          <cp-button type="button" variant="secondary" id="add-entry" @click=${this.add}>Add a person</cp-button>
        </div>
        <div class="actions">
          <cp-button type="button" variant="secondary" id="preview-credits" @click=${() => this.press('preview')}>Preview credits</cp-button>
          <cp-button type="button" id="publish-credits" @click=${() => this.press('publish')}>Publish credits</cp-button>
        </div>
      </form>
    </section>`;
  }

  private renderPreview() {
    if (!this.preview) return nothing;
    return html`<section aria-labelledby="preview-heading">
      <h2 id="preview-heading" tabindex="-1">Preview</h2>
      <p>This is what the public credits will show${this.action === 'publish' ? ' now' : ' once you publish'}.</p>
      <div class="preview"><cp-credits id="credits-preview" .data=${this.preview} heading-level="3"></cp-credits></div>
    </section>`;
  }
}

if (!customElements.get('cpa-credits-view')) customElements.define('cpa-credits-view', CpaCreditsView);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-credits-view': CpaCreditsView;
  }
}
