// <cpa-staff-view>: /admin/staff (admins only; the collector refuses others too). Who can sign
// in to the back office, with which role; add someone, change a role, turn an account off.
import { html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { can, type Staff } from '../api.js';
import { AdminView } from './admin-view.js';
import { adminStyles } from '../styles.js';
import { boxFix } from './manage/styles.js';
import { announce } from '../parts/announce.js';
import { loading, notice, noticeStyles } from '../parts/notice.js';
import { pageHeader } from '../parts/page-header.js';
import type { Column } from '../parts/data-table.js';
import '../parts/data-table.js';
import { day, focusDeep, messageOf } from './manage/common.js';
import { ROLE_OPTIONS, type StaffMember } from './staff/staff-forms.js';
import './staff/staff-forms.js';

export class CpaStaffView extends AdminView {
  static override properties = {
    members: { state: true },
    editing: { state: true },
    problem: { state: true },
    message: { state: true },
  };

  declare staff: Staff;
  declare private members?: StaffMember[];
  /** The id of the staff member being changed. */
  declare private editing?: string;
  declare private problem: string;
  declare private message: string;
  private loaded = false;

  static override styles = [adminStyles, boxFix, noticeStyles];

  constructor() {
    super();
    this.problem = '';
    this.message = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('api') && this.api && !this.loaded) {
      this.loaded = true;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    this.problem = '';
    try {
      const answer = await this.api.get<{ staff: StaffMember[] }>('/staff');
      this.members = answer.staff ?? [];
    } catch (e) {
      this.members ??= [];
      this.problem = messageOf(e);
    }
  }

  private async onSaved(e: CustomEvent<{ message: string }>): Promise<void> {
    const id = this.editing;
    this.message = e.detail.message;
    announce(this, e.detail.message);
    this.editing = undefined;
    await this.load();
    await this.updateComplete;
    // Back to the row that was changed; after adding someone, to the message saying so.
    if (!id || !focusDeep(this.renderRoot, `#change-${CSS.escape(id)}`))
      focusDeep(this.renderRoot, '#staff-message-box');
  }

  private async onCancel(): Promise<void> {
    const id = this.editing;
    this.editing = undefined;
    await this.updateComplete;
    if (id) focusDeep(this.renderRoot, `#change-${CSS.escape(id)}`);
  }

  protected override render() {
    const header = pageHeader({ title: 'Staff', lead: 'Who can sign in to the back office, and what they can do.' });
    return html`${header}${this.renderBody()}`;
  }

  private renderBody() {
    if (!can(this.staff, 'admin')) return notice('info', 'Only admins can see and change staff accounts.');
    if (!this.members) return loading('Loading staff…');
    const roleLabel = (r: string) => ROLE_OPTIONS.find((o) => o.value === r)?.label ?? r;
    const columns: Column<StaffMember>[] = [
      { key: 'email', label: 'Email address' },
      { key: 'role', label: 'Role', value: (m) => roleLabel(m.role) },
      { key: 'createdAt', label: 'Added', value: (m) => m.createdAt, render: (m) => day(m.createdAt) },
      { key: 'disabled', label: 'Can sign in', value: (m) => (m.disabled ? 'No, turned off' : 'Yes') },
      {
        key: 'change',
        label: 'Change',
        sortable: false,
        render: (
          m,
        ) => html`<button type="button" class="link" id=${`change-${m.id}`} aria-label=${`Change ${m.email}`} @click=${() => (this.editing = m.id)}>
          Change
        </button>`,
      },
    ];
    const member = this.members.find((m) => m.id === this.editing);
    return html`${this.problem ? notice('error', this.problem, { title: 'Staff could not be loaded', id: 'staff-problem' }) : nothing}
      ${this.message ? html`<div id="staff-message-box" tabindex="-1">${notice('success', this.message, { id: 'staff-message' })}</div>` : nothing}
      <cpa-data-table id="staff-list" caption="Staff accounts" caption-hidden .columns=${columns} .rows=${this.members} empty="There are no staff accounts yet."></cpa-data-table>
      ${
        member
          ? keyed(
              member.id,
              html`<cpa-staff-change .api=${this.api} .member=${member} @cpa-staff-saved=${this.onSaved} @cpa-staff-cancel=${this.onCancel}></cpa-staff-change>`,
            )
          : nothing
      }
      <cpa-staff-add .api=${this.api} @cpa-staff-saved=${this.onSaved}></cpa-staff-add>`;
  }
}

if (!customElements.get('cpa-staff-view')) customElements.define('cpa-staff-view', CpaStaffView);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-staff-view': CpaStaffView;
  }
}
