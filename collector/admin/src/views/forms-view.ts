// <cpa-forms-view>: /admin/forms lists every form with its versions, and lets editors add one;
// /admin/forms/:formId?version= shows one form's versions, a preview of a version with the kit's
// own <cp-feedback-form>, and (editors) a new version from an upload or pasted JSON.
import { css, html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { can, type Staff } from '../api.js';
import { AdminView } from './admin-view.js';
import { href, navigate } from '../router.js';
import { adminStyles } from '../styles.js';
import { boxFix } from './manage/styles.js';
import { announce } from '../parts/announce.js';
import { loading, notice, noticeStyles } from '../parts/notice.js';
import { pageHeader } from '../parts/page-header.js';
import type { Column } from '../parts/data-table.js';
import '../parts/data-table.js';
import { day, getPublic, messageOf } from './manage/common.js';
import { setTitle } from './manage/title.js';
import { setFlash, takeFlash } from './manage/flash.js';
import './forms/definition-input.js';
import './forms/form-preview.js';

type Json = Record<string, any>;

interface FormSummary {
  id: string;
  current: string;
  versions: { version: string; createdAt: string }[];
}

export class CpaFormsView extends AdminView {
  static override properties = {
    forms: { state: true },
    definition: { state: true },
    problem: { state: true },
    message: { state: true },
  };

  declare staff: Staff;
  declare private forms?: FormSummary[];
  /** The version shown in the preview, as stored. */
  declare private definition?: Json;
  declare private problem: string;
  declare private message: string;
  private loadedKey?: string;

  static override styles = [
    adminStyles,
    boxFix,
    noticeStyles,
    css`
      section {
        margin-block-end: var(--cp-space-6);
      }
    `,
  ];

  constructor() {
    super();
    this.problem = '';
    this.message = takeFlash();
    this.focusMessage = !!this.message;
  }
  /** True after a save: once the data is in, focus moves to the message saying so. */
  private focusMessage = false;

  private get formId(): string {
    return this.params[0] ?? '';
  }

  private get form(): FormSummary | undefined {
    return this.forms?.find((f) => f.id === this.formId);
  }

  /** The version asked for in the address, else the current one. */
  private get version(): string | undefined {
    return this.query.get('version') || this.form?.current;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.api || !(changed.has('params') || changed.has('query') || changed.has('api'))) return;
    const key = `${this.formId}?${this.query.get('version') ?? ''}`;
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    void this.load();
  }

  private async load(): Promise<void> {
    this.problem = '';
    try {
      const answer = await this.api.get<{ items: FormSummary[] }>('/forms');
      this.forms = answer.items ?? [];
      this.definition = undefined;
      if (this.formId) {
        setTitle(this, `Form: ${this.formId}`);
        const v = this.version;
        if (v)
          this.definition = await getPublic<Json>(
            `/forms/${encodeURIComponent(this.formId)}/versions/${encodeURIComponent(v)}`,
          );
        if (typeof this.definition?.title === 'string') setTitle(this, `Form: ${this.definition.title}`);
      }
    } catch (e) {
      this.forms ??= [];
      this.problem = messageOf(e);
    }
    if (this.focusMessage) {
      this.focusMessage = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#forms-message-box')?.focus();
    }
  }

  private async saved(e: CustomEvent<{ formId: string; version: string; duplicate: boolean }>): Promise<void> {
    const { formId, version, duplicate } = e.detail;
    const message = duplicate
      ? `Version ${version} of ${formId} was already stored, exactly the same.`
      : `Version ${version} of ${formId} is saved and live.`;
    announce(this, message);
    if (formId === this.formId) {
      // The same address with another version: the shell keeps this element.
      this.message = message;
      this.focusMessage = true;
      this.loadedKey = undefined;
    } else setFlash(message);
    navigate(href('forms', [formId], { version }));
  }

  // One outer template, so the <h1> the shell focuses stays the same element when the data arrives.
  protected override render() {
    const form = this.form;
    const back = this.formId ? html`<p><a href=${href('forms')} id="back-to-forms">All forms</a></p>` : nothing;
    const header = !this.formId
      ? pageHeader({
          title: 'Forms',
          lead: this.forms ? 'The feedback forms this collector takes answers for, and their versions.' : undefined,
        })
      : pageHeader({
          title:
            typeof this.definition?.title === 'string'
              ? this.definition.title
              : this.forms && !form
                ? 'Form not found'
                : this.formId,
          caption: `Form ${this.formId}`,
        });
    const body = !this.forms ? loading('Loading forms…') : this.formId ? this.renderForm() : this.renderList();
    return html`${back}${header}${body}`;
  }

  private renderMessage() {
    return this.message
      ? html`<div id="forms-message-box" tabindex="-1">${notice('success', this.message, { id: 'forms-message' })}</div>`
      : nothing;
  }

  private renderList() {
    const columns: Column<FormSummary>[] = [
      { key: 'id', label: 'Form', render: (f) => html`<a href=${href('forms', [f.id])}>${f.id}</a>` },
      { key: 'current', label: 'Current version', numeric: true, value: (f) => Number(f.current) || f.current },
      { key: 'versions', label: 'Versions', numeric: true, value: (f) => f.versions.length },
      {
        key: 'updated',
        label: 'Last added',
        value: (f) => f.versions.at(-1)?.createdAt ?? '',
        render: (f) => day(f.versions.at(-1)?.createdAt),
      },
      {
        key: 'results',
        label: 'Results',
        sortable: false,
        render: (f) => html`<a href=${href('results', [f.id])} aria-label=${`Results of ${f.id}`}>Results</a>`,
      },
    ];
    return html`${this.problem ? notice('error', this.problem, { title: 'The forms could not be loaded', id: 'forms-problem' }) : nothing}
      ${this.renderMessage()}
      <cpa-data-table id="forms-list" caption="Forms" caption-hidden .columns=${columns} .rows=${this.forms ?? []} empty="There are no forms yet."></cpa-data-table>
      ${can(this.staff, 'editor') ? html`<cpa-definition-input .api=${this.api} heading="Add a form" @cpa-definition-saved=${this.saved}></cpa-definition-input>` : nothing}`;
  }

  private renderForm() {
    const form = this.form;
    if (!form) {
      return html`${this.problem ? notice('error', this.problem) : html`<p>There is no form with the id ${this.formId} here.</p>`}
        ${
          can(this.staff, 'editor')
            ? html`<cpa-definition-input .api=${this.api} form-id=${this.formId} heading="Add this form" @cpa-definition-saved=${this.saved}></cpa-definition-input>`
            : nothing
        }`;
    }
    const shown = this.version;
    const rows = [...form.versions].reverse();
    const columns: Column<FormSummary['versions'][number]>[] = [
      { key: 'version', label: 'Version', value: (v) => Number(v.version) || v.version },
      { key: 'createdAt', label: 'Added', render: (v) => day(v.createdAt) },
      {
        key: 'state',
        label: 'State',
        sortable: false,
        render: (v) => (v.version === form.current ? 'Live: new answers use it' : 'Earlier'),
      },
      {
        key: 'show',
        label: 'Preview',
        sortable: false,
        render: (v) =>
          v.version === shown
            ? html`<span>Shown below</span>`
            : html`<a href=${href('forms', [form.id], { version: v.version })} aria-label=${`Preview version ${v.version}`}>Preview</a>`,
      },
    ];
    return html`${this.problem ? notice('error', this.problem, { id: 'forms-problem' }) : nothing}
      ${this.renderMessage()}
      <div class="actions">
        <a class="button-secondary" href=${href('results', [form.id])} id="form-results">See the results</a>
        ${
          shown
            ? html`<a class="button-secondary" id="form-download" href=${`/v1/forms/${encodeURIComponent(form.id)}/versions/${encodeURIComponent(shown)}`} download=${`${form.id}-v${shown}.json`}
              >Download version ${shown} (JSON)</a
            >`
            : nothing
        }
      </div>
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versions</h2>
        <cpa-data-table id="form-versions" caption="Versions of this form" caption-hidden .columns=${columns} .rows=${rows}></cpa-data-table>
      </section>
      ${
        this.definition
          ? html`<section aria-labelledby="preview-heading">
            <h2 id="preview-heading">Preview of version ${shown}</h2>
            <p>This is the form as people see it. Sending it here sends nothing.</p>
            <cpa-form-preview .definition=${this.definition}></cpa-form-preview>
          </section>`
          : nothing
      }
      ${
        can(this.staff, 'editor')
          ? // A new element for each current version: after a save the box starts empty.
            keyed(
              form.current,
              html`<cpa-definition-input .api=${this.api} form-id=${form.id} heading="Add a new version" @cpa-definition-saved=${this.saved}></cpa-definition-input>`,
            )
          : nothing
      }`;
  }
}

if (!customElements.get('cpa-forms-view')) customElements.define('cpa-forms-view', CpaFormsView);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-forms-view': CpaFormsView;
  }
}
