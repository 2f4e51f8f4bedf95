// <cpa-consent-view>: /admin/consent/:consentId lists the records of one consent definition with
// what each person agrees to now, the access needs to arrange and how people want to be paid;
// /admin/consent/:consentId/:recordId shows one record's history, and lets staff record a
// withdrawal (editors) or erase the person's data (admins).
import { css, html, nothing, type PropertyValues } from 'lit';
import { can, type Staff } from '../api.js';
import { AdminView } from './admin-view.js';
import { href } from '../router.js';
import { adminStyles } from '../styles.js';
import { boxFix } from './manage/styles.js';
import { textOf, type Text } from '../../../../src/contract/text.js';
import { announce } from '../parts/announce.js';
import { loading, notice, noticeStyles } from '../parts/notice.js';
import { pageHeader } from '../parts/page-header.js';
import type { Column } from '../parts/data-table.js';
import '../parts/data-table.js';
import { count, day, messageOf, moment } from './manage/common.js';
import { setTitle } from './manage/title.js';
import {
  creditOf,
  creditWords,
  eventWords,
  loadDefinition,
  loadHistory,
  METHOD,
  PAYMENT,
  STATUS_WORDS,
  statementsOf,
  statusOf,
  type ConsentHistory,
  type Statement,
} from './consent/model.js';
import './consent/withdrawal-form.js';
import './consent/erase-step.js';

type Json = Record<string, any>;

export class CpaConsentView extends AdminView {
  static override properties = {
    records: { state: true },
    definition: { state: true },
    problem: { state: true },
    message: { state: true },
  };

  declare staff: Staff;
  declare private records?: ConsentHistory[];
  declare private definition?: Json;
  declare private problem: string;
  /** What just happened (a withdrawal recorded, a record erased), shown as a success notice. */
  declare private message: string;
  private loadedFor?: string;

  static override styles = [
    adminStyles,
    boxFix,
    noticeStyles,
    css`
      .yes {
        font-weight: var(--cp-font-weight-bold);
      }
      section {
        margin-block-end: var(--cp-space-6);
      }
    `,
  ];

  constructor() {
    super();
    this.problem = '';
    this.message = '';
  }

  private get consentId(): string {
    return this.params[0] ?? '';
  }

  private get recordId(): string | undefined {
    return this.params[1];
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('params') || changed.has('api')) && this.api && this.consentId !== this.loadedFor) {
      this.loadedFor = this.consentId;
      void this.load();
    }
    // A new address clears the last action's message.
    if (changed.has('params') && changed.get('params') !== undefined) this.message = '';
  }

  private async load(): Promise<void> {
    this.problem = '';
    try {
      const [records, definition] = await Promise.all([
        loadHistory(this.api, this.consentId),
        loadDefinition(this.consentId),
      ]);
      this.records = records;
      this.definition = definition;
      const name = definition?.title ? textOf(definition.title as Text) : this.consentId;
      const h = this.recordId ? records.find((r) => r.recordId === this.recordId) : undefined;
      setTitle(this, h ? `Consent record ${this.referenceOf(h)}` : `Consent: ${name}`);
    } catch (e) {
      this.records = [];
      this.problem = messageOf(e);
    }
  }

  private get statements(): Statement[] {
    return statementsOf(this.definition, this.records ?? []);
  }

  /** A record's reference, or a short form of its id once the reference is erased. */
  private referenceOf(h: ConsentHistory): string {
    return typeof h.record?.reference === 'string' ? h.record.reference : `Record ${h.recordId.slice(0, 8)}`;
  }

  private async onRecorded(e: CustomEvent<{ message: string }>): Promise<void> {
    await this.done(e.detail.message);
  }

  private async onErased(): Promise<void> {
    await this.done('Their data was erased. A note that the record existed is kept.');
  }

  /** After an action: reload, show the message at the top and move focus to it (the form may be gone). */
  private async done(message: string): Promise<void> {
    await this.load();
    this.message = message;
    announce(this, message);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#consent-message-box')?.focus();
  }

  private renderMessage() {
    return this.message
      ? html`<div id="consent-message-box" tabindex="-1">${notice('success', this.message, { id: 'consent-message' })}</div>`
      : nothing;
  }

  // One outer template, so the <h1> the shell focuses stays the same element when the data arrives.
  protected override render() {
    const h = this.recordId ? this.records?.find((r) => r.recordId === this.recordId) : undefined;
    const back = this.recordId
      ? html`<p><a href=${href('consent', [this.consentId])} id="back-to-records">Back to all records</a></p>`
      : nothing;
    const title = !this.consentId
      ? 'Consent'
      : this.recordId
        ? h
          ? this.referenceOf(h)
          : this.records
            ? 'Record not found'
            : 'Consent record'
        : this.definition?.title
          ? textOf(this.definition.title as Text)
          : this.consentId;
    const header = pageHeader({
      title,
      caption: this.recordId ? 'Consent record' : 'Consent',
      lead:
        !this.recordId && this.records
          ? 'What each person agrees to now, what they need, and how they want to be paid.'
          : undefined,
    });
    return html`${back}${header}${this.renderBody(h)}`;
  }

  private renderBody(h: ConsentHistory | undefined) {
    if (!this.consentId)
      return html`<p>Choose a project on the <a href=${href('')}>overview</a> to see its consent records.</p>`;
    if (!this.records) return loading('Loading consent records…');
    if (!this.recordId) return this.renderList();
    if (!h)
      return this.problem
        ? notice('error', this.problem)
        : html`<p>There is no record with this id for ${this.consentId}.</p>`;
    return this.renderRecord(h);
  }

  private renderList() {
    const records = this.records ?? [];
    const statements = this.statements;
    const live = records.filter((h) => statusOf(h) === 'current');
    const access = live.filter((h) => typeof h.record?.accessNeeds === 'string' && h.record.accessNeeds.trim());
    const paying = live.filter((h) => h.record?.payment);
    const notAnswered = live.length - paying.length;

    const columns: Column<ConsentHistory>[] = [
      {
        key: 'reference',
        label: 'Reference',
        value: (h) => this.referenceOf(h),
        render: (h) => html`<a href=${href('consent', [this.consentId, h.recordId])}>${this.referenceOf(h)}</a>`,
      },
      { key: 'receivedAt', label: 'Received', value: (h) => h.receivedAt ?? '', render: (h) => day(h.receivedAt) },
      {
        key: 'status',
        label: 'Status',
        value: (h) => {
          const status = statusOf(h);
          // "Current" alone would hide that someone took back part of their consent.
          return status === 'current' && h.events.some((e) => e.type === 'withdrawn')
            ? 'Current, withdrew from some parts'
            : STATUS_WORDS[status];
        },
      },
      ...statements.map((s): Column<ConsentHistory> => ({
        key: `s:${s.id}`,
        label: s.label,
        value: (h) => (h.current ? (h.current[s.id] ? 'Yes' : 'No') : ''),
        render: (h) => (h.current ? (h.current[s.id] ? html`<span class="yes">Yes</span>` : 'No') : '–'),
      })),
    ];
    const accessColumns: Column<ConsentHistory>[] = [
      {
        key: 'reference',
        label: 'Reference',
        value: (h) => this.referenceOf(h),
        render: (h) => html`<a href=${href('consent', [this.consentId, h.recordId])}>${this.referenceOf(h)}</a>`,
      },
      { key: 'accessNeeds', label: 'What they need', value: (h) => h.record?.accessNeeds, freeText: true },
    ];
    const payColumns: Column<ConsentHistory>[] = [
      {
        key: 'reference',
        label: 'Reference',
        value: (h) => this.referenceOf(h),
        render: (h) => html`<a href=${href('consent', [this.consentId, h.recordId])}>${this.referenceOf(h)}</a>`,
      },
      {
        key: 'payment',
        label: 'How they want to be paid',
        value: (h) => PAYMENT[h.record?.payment?.method] ?? String(h.record?.payment?.method ?? ''),
      },
    ];
    const counts = {
      current: live.length,
      withdrawn: records.filter((h) => statusOf(h) === 'withdrawn').length,
      erased: records.filter((h) => statusOf(h) === 'erased').length,
    };
    return html`${this.problem ? notice('error', this.problem, { title: 'The consent records could not be loaded', id: 'consent-problem' }) : nothing}
      ${this.renderMessage()}
      <dl class="summary" id="consent-counts">
        <dt>Current</dt>
        <dd>${count(counts.current, 'person', 'people')}</dd>
        <dt>Withdrawn from everything</dt>
        <dd>${count(counts.withdrawn, 'person', 'people')}</dd>
        <dt>Erased</dt>
        <dd>${count(counts.erased, 'record')}</dd>
      </dl>
      <div class="actions" id="consent-exports">
        <a class="button-secondary" id="export-consent-csv" href=${this.api.url('/consent', { consentId: this.consentId, format: 'csv' })} download
          >Download consent records (CSV)</a
        >
        <a class="button-secondary" id="export-consent-json" href=${this.api.url('/consent', { consentId: this.consentId, format: 'json' })} download
          >Download consent records (JSON)</a
        >
      </div>
      <section aria-labelledby="records-heading">
        <h2 id="records-heading">Records</h2>
        <p>Select a reference to see its history${can(this.staff, 'editor') ? ', record a withdrawal' : ''}${can(this.staff, 'admin') ? ' or erase it' : ''}.</p>
        <cpa-data-table
          id="consent-records"
          caption="Consent records and what each person agrees to now"
          .columns=${columns}
          .rows=${records}
          empty="Nobody has given consent yet."
        ></cpa-data-table>
      </section>
      <section aria-labelledby="access-heading">
        <h2 id="access-heading">Access needs to arrange</h2>
        <cpa-data-table
          id="consent-access"
          caption="Access needs, in each person's words"
          caption-hidden
          .columns=${accessColumns}
          .rows=${access}
          empty="Nobody has told you about access needs."
        ></cpa-data-table>
      </section>
      <section aria-labelledby="payment-heading">
        <h2 id="payment-heading">How people want to be paid</h2>
        <cpa-data-table
          id="consent-payments"
          caption="Payment choices"
          caption-hidden
          .columns=${payColumns}
          .rows=${paying}
          empty="Nobody has chosen how to be paid."
        ></cpa-data-table>
        ${notAnswered > 0 && paying.length > 0 ? html`<p>${count(notAnswered, 'person', 'people')} did not answer.</p>` : nothing}
      </section>`;
  }

  private renderRecord(h: ConsentHistory) {
    const statements = this.statements;
    const status = statusOf(h);
    const r = h.record ?? {};
    const reference = this.referenceOf(h);
    const stillAgreed = statements.filter((s) => h.current?.[s.id]);
    const history = [...h.events].map((e, i) => ({ i, ...e, ...eventWords(e, statements) }));
    const historyColumns: Column<Json>[] = [
      { key: 'at', label: 'When', render: (e) => moment(e.at) },
      { key: 'what', label: 'What happened' },
      { key: 'detail', label: 'Detail', freeText: true },
    ];
    const nowColumns: Column<Statement>[] = [
      { key: 'label', label: 'Statement', freeText: true },
      { key: 'now', label: 'Agrees now', value: (s) => (h.current?.[s.id] ? 'Yes' : 'No') },
    ];
    return html`${this.renderMessage()}
      ${this.problem ? notice('error', this.problem) : nothing}
      <dl class="summary" id="record-summary">
        <dt>Status</dt>
        <dd>${STATUS_WORDS[status]}</dd>
        <dt>Received</dt>
        <dd>${moment(h.receivedAt) || 'Not known'}</dd>
        ${h.version ? html`<dt>Version of the information</dt><dd>${h.version}${r.format === 'easy-read' ? ' (easy read)' : ''}</dd>` : nothing}
        ${h.erasedAt ? html`<dt>Erased</dt><dd>${moment(h.erasedAt)}</dd>` : nothing}
        ${
          h.record
            ? html`<dt>How consent was taken</dt>
              <dd dir="auto">${METHOD[r.method ?? 'online'] ?? r.method}${r.recordedBy ? `, recorded by ${r.recordedBy}` : ''}</dd>
              ${r.consentBy === 'parent-or-carer' ? html`<dt>Given by</dt><dd>A parent or carer, with the young person's own answers</dd>` : nothing}
              <dt>Contact</dt>
              <dd dir="auto">${r.contact ? `${r.contact.method}${r.contact.value ? `: ${r.contact.value}` : ''}` : 'Not given'}</dd>
              <dt>Access needs</dt>
              <dd dir="auto">${typeof r.accessNeeds === 'string' && r.accessNeeds.trim() ? r.accessNeeds : 'None given'}</dd>
              <dt>Payment</dt>
              <dd>${r.payment ? (PAYMENT[r.payment.method] ?? r.payment.method) : 'Not answered'}</dd>
              <dt>Credit</dt>
              <dd dir="auto">${creditWords(creditOf(h))}</dd>`
            : nothing
        }
      </dl>
      ${
        h.current
          ? html`<cpa-data-table id="record-now" caption="What they agree to now" .columns=${nowColumns} .rows=${statements} row-header="label"></cpa-data-table>`
          : nothing
      }
      <cpa-data-table id="record-history" caption="History" .columns=${historyColumns} .rows=${history} row-header="at"></cpa-data-table>
      ${
        can(this.staff, 'editor') && status === 'current' && stillAgreed.length
          ? html`<cpa-withdrawal-form
            .api=${this.api}
            record-id=${h.recordId}
            .statements=${stillAgreed}
            recorded-by=${this.staff?.email ?? ''}
            @cpa-recorded=${this.onRecorded}
          ></cpa-withdrawal-form>`
          : nothing
      }
      ${
        can(this.staff, 'admin') && !h.erasedAt
          ? html`<cpa-erase-step .api=${this.api} record-id=${h.recordId} reference=${reference} @cpa-erased=${this.onErased}></cpa-erase-step>`
          : nothing
      }`;
  }
}

if (!customElements.get('cpa-consent-view')) customElements.define('cpa-consent-view', CpaConsentView);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-consent-view': CpaConsentView;
  }
}
