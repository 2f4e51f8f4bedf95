// <cpa-audit-view>: /admin/audit?limit= (admins only; the collector refuses others too). Who did
// what and when: every publish, link, erasure, withdrawal recorded, export, sign-in and sign-out.
// Only ids and actions are kept, never what the public wrote.
import { css, html, nothing, type PropertyValues } from 'lit';
import { can, type Staff } from '../api.js';
import { AdminView } from './admin-view.js';
import { href, navigate } from '../router.js';
import { adminStyles } from '../styles.js';
import { boxFix } from './manage/styles.js';
import { loading, notice, noticeStyles } from '../parts/notice.js';
import { pageHeader } from '../parts/page-header.js';
import type { Column } from '../parts/data-table.js';
import '../parts/data-table.js';
import '../../../../src/components/button/index.js';
import { messageOf, moment } from './manage/common.js';

interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  target: string;
}

const LIMITS = ['100', '500', '2000', '10000'];
const DEFAULT_LIMIT = '500';

export class CpaAuditView extends AdminView {
  static override properties = {
    entries: { state: true },
    problem: { state: true },
  };

  declare staff: Staff;
  declare private entries?: AuditEntry[];
  declare private problem: string;
  private loadedLimit?: string;

  static override styles = [
    adminStyles,
    boxFix,
    noticeStyles,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--cp-space-3);
        margin-block-end: var(--cp-space-5);
      }
      form .field {
        margin: 0;
      }
      code {
        overflow-wrap: anywhere;
      }
    `,
  ];

  constructor() {
    super();
    this.problem = '';
  }

  private get limit(): string {
    const asked = this.query.get('limit') ?? '';
    return LIMITS.includes(asked) ? asked : DEFAULT_LIMIT;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (
      (changed.has('api') || changed.has('query')) &&
      this.api &&
      can(this.staff, 'admin') &&
      this.limit !== this.loadedLimit
    ) {
      this.loadedLimit = this.limit;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    this.problem = '';
    try {
      const answer = await this.api.get<{ entries: AuditEntry[] }>('/audit', { limit: this.limit });
      this.entries = answer.entries ?? [];
    } catch (e) {
      this.entries ??= [];
      this.problem = messageOf(e);
    }
  }

  private show(e: Event): void {
    e.preventDefault();
    const limit = (this.renderRoot.querySelector('#audit-limit') as HTMLSelectElement | null)?.value ?? DEFAULT_LIMIT;
    navigate(href('audit', [], { limit: limit === DEFAULT_LIMIT ? undefined : limit }), { replace: true });
  }

  protected override render() {
    const header = pageHeader({ title: 'Audit log', lead: 'Who did what in the back office, and when. Newest first.' });
    return html`${header}${this.renderBody()}`;
  }

  private renderBody() {
    if (!can(this.staff, 'admin')) return notice('info', 'Only admins can read the audit log.');
    if (!this.entries) return loading('Loading the audit log…');
    const columns: Column<AuditEntry>[] = [
      { key: 'at', label: 'When', render: (e) => html`<time datetime=${e.at}>${moment(e.at)}</time>` },
      { key: 'actor', label: 'Who' },
      { key: 'action', label: 'What they did' },
      { key: 'target', label: 'Ids', render: (e) => (e.target ? html`<code>${e.target}</code>` : '') },
    ];
    return html`${this.problem ? notice('error', this.problem, { title: 'The audit log could not be loaded', id: 'audit-problem' }) : nothing}
      <form id="audit-form" @submit=${this.show}>
        <div class="field">
          <label for="audit-limit">How many entries</label>
          <select id="audit-limit">
            ${LIMITS.map((l) => html`<option value=${l} ?selected=${l === this.limit}>The last ${Number(l).toLocaleString('en-GB')}</option>`)}
          </select>
        </div>
        <cp-button id="audit-show" variant="secondary">Show</cp-button>
      </form>
      <cpa-data-table
        id="audit-log"
        caption=${`The last ${this.entries.length.toLocaleString('en-GB')} actions`}
        .columns=${columns}
        .rows=${this.entries}
        empty="Nothing has been done yet."
      ></cpa-data-table>`;
  }
}

if (!customElements.get('cpa-audit-view')) customElements.define('cpa-audit-view', CpaAuditView);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-audit-view': CpaAuditView;
  }
}
