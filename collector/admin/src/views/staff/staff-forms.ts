// The two forms of the staff view: add a staff member (POST /v1/admin/staff) and change one
// (PUT /v1/admin/staff/:id: role, turned off, a new password). GOV.UK form behaviour; the
// collector's errors name the field ("email", "password", "role", "disabled").
import { css, html, LitElement, nothing } from 'lit';
import type { Api } from '../../api.js';
import { adminStyles } from '../../styles.js';
import { boxFix } from '../manage/styles.js';
import type { CpErrorSummary } from '../../../../../src/components/error-summary/index.js';
import '../../../../../src/components/error-summary/index.js';
import '../../../../../src/components/text-field/index.js';
import '../../../../../src/components/radio-group/index.js';
import '../../../../../src/components/button/index.js';
import { serverError, type FieldError } from '../manage/common.js';

export interface StaffMember {
  id: string;
  email: string;
  role: 'admin' | 'editor' | 'viewer';
  createdAt: string;
  disabled: boolean;
}

declare global {
  interface HTMLElementEventMap {
    /** A staff member was added or changed: `detail.message` says what. */
    'cpa-staff-saved': CustomEvent<{ message: string }>;
    'cpa-staff-cancel': CustomEvent<void>;
  }
}

export const ROLE_OPTIONS = [
  { value: 'viewer', label: 'Viewer', hint: 'Reads results, consent and credits. Cannot change anything.' },
  {
    value: 'editor',
    label: 'Editor',
    hint: 'Also publishes "You said, we did" and credits, links feedback, adds forms and records withdrawals.',
  },
  { value: 'admin', label: 'Admin', hint: "Also erases people's data, manages staff and reads the audit log." },
];

const PASSWORD_HINT =
  'At least 12 characters. Tell them in person or by phone, not in the same email as the address of the back office.';

const formStyles = [
  adminStyles,
  boxFix,
  css`
    form {
      max-inline-size: 40rem;
    }
    cp-text-field,
    cp-radio-group {
      display: block;
      margin-block-end: var(--cp-space-5);
    }
    h2:focus {
      outline: none;
    }
  `,
];

/** Shows a server error beside its field and in the summary. */
async function showError(host: LitElement, error: FieldError, setErrors: (e: FieldError[]) => void): Promise<void> {
  setErrors([error]);
  const field = host.renderRoot.querySelector<HTMLElement & { error?: string }>(`#${error.target}`);
  if (field && 'error' in field) field.error = error.message;
  await host.updateComplete;
  void host.renderRoot.querySelector<CpErrorSummary>('cp-error-summary')?.show();
}

/** "an admin", "an editor", "a viewer". */
const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

const saved = (host: EventTarget, message: string) =>
  host.dispatchEvent(new CustomEvent('cpa-staff-saved', { detail: { message }, bubbles: true, composed: true }));

export class CpaStaffAdd extends LitElement {
  static override properties = {
    api: { attribute: false },
    email: { state: true },
    chosenRole: { state: true },
    password: { state: true },
    errors: { state: true },
  };
  declare api: Api;
  declare private email: string;
  declare private chosenRole: string;
  declare private password: string;
  declare private errors: FieldError[];
  static override styles = formStyles;

  constructor() {
    super();
    this.email = '';
    this.chosenRole = '';
    this.password = '';
    this.errors = [];
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    try {
      const member = await this.api.send<StaffMember>('POST', '/staff', {
        email: this.email.trim(),
        role: this.chosenRole,
        password: this.password,
      });
      this.errors = [];
      saved(this, `${member.email} was added as ${article(member.role)} ${member.role}. They can sign in now.`);
      // A new person next: the form starts empty again after success.
      this.email = '';
      this.chosenRole = '';
      this.password = '';
    } catch (err) {
      const fields = { email: 'staff-email', role: 'staff-role', password: 'staff-password' };
      await showError(this, serverError(err, fields, 'staff-email'), (x) => (this.errors = x));
    }
  }

  protected override render() {
    return html`<form novalidate id="staff-add-form" @submit=${this.submit} aria-labelledby="staff-add-heading">
      <h2 id="staff-add-heading">Add a staff member</h2>
      <cp-error-summary .errors=${this.errors}></cp-error-summary>
      <cp-text-field
        id="staff-email"
        label="Email address"
        type="email"
        autocomplete="off"
        required
        required-message="Enter their email address"
        .value=${this.email}
        @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)}
      ></cp-text-field>
      <cp-radio-group
        id="staff-role"
        label="Role"
        required
        required-message="Select a role"
        .options=${ROLE_OPTIONS}
        .value=${this.chosenRole}
        @change=${(e: Event) => (this.chosenRole = (e.target as HTMLInputElement).value)}
      ></cp-radio-group>
      <cp-text-field
        id="staff-password"
        label="First password"
        type="password"
        autocomplete="new-password"
        hint=${PASSWORD_HINT}
        required
        required-message="Enter a first password for them"
        .value=${this.password}
        @input=${(e: Event) => (this.password = (e.target as HTMLInputElement).value)}
      ></cp-text-field>
      <cp-button id="staff-add">Add staff member</cp-button>
    </form>`;
  }
}

export class CpaStaffChange extends LitElement {
  static override properties = {
    api: { attribute: false },
    member: { attribute: false },
    chosenRole: { state: true },
    access: { state: true },
    password: { state: true },
    errors: { state: true },
  };
  declare api: Api;
  declare member: StaffMember;
  declare private chosenRole: string;
  declare private access: string;
  declare private password: string;
  declare private errors: FieldError[];
  static override styles = formStyles;

  constructor() {
    super();
    this.password = '';
    this.errors = [];
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('member') && this.member) {
      this.chosenRole = this.member.role;
      this.access = this.member.disabled ? 'off' : 'on';
      this.password = '';
    }
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const body: Record<string, unknown> = {};
    if (this.chosenRole !== this.member.role) body.role = this.chosenRole;
    if ((this.access === 'off') !== this.member.disabled) body.disabled = this.access === 'off';
    if (this.password) body.password = this.password;
    if (!Object.keys(body).length) {
      saved(this, `Nothing changed for ${this.member.email}.`);
      return;
    }
    try {
      await this.api.send('PUT', `/staff/${encodeURIComponent(this.member.id)}`, body);
      const said = [
        body.role ? `is now ${article(String(body.role))} ${body.role}` : '',
        body.disabled === true
          ? 'is turned off and cannot sign in'
          : body.disabled === false
            ? 'can sign in again'
            : '',
        body.password ? 'has a new password' : '',
      ].filter(Boolean);
      saved(this, `${this.member.email} ${said.join(', ')}.`);
    } catch (err) {
      const fields = { role: 'change-role', disabled: 'change-access', password: 'change-password' };
      await showError(this, serverError(err, fields, 'change-role'), (x) => (this.errors = x));
    }
  }

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('cpa-staff-cancel', { bubbles: true, composed: true }));
  }

  protected override render() {
    if (!this.member) return nothing;
    return html`<form novalidate id="staff-change-form" @submit=${this.submit} aria-labelledby="staff-change-heading">
      <h2 id="staff-change-heading" tabindex="-1">Change ${this.member.email}</h2>
      <cp-error-summary .errors=${this.errors}></cp-error-summary>
      <cp-radio-group
        id="change-role"
        label="Role"
        required
        .options=${ROLE_OPTIONS}
        .value=${this.chosenRole}
        @change=${(e: Event) => (this.chosenRole = (e.target as HTMLInputElement).value)}
      ></cp-radio-group>
      <cp-radio-group
        id="change-access"
        label="Can they sign in?"
        required
        .options=${[
          { value: 'on', label: 'Yes' },
          {
            value: 'off',
            label: 'No, turn their account off',
            hint: 'They are signed out and cannot sign in. What they did stays in the audit log.',
          },
        ]}
        .value=${this.access}
        @change=${(e: Event) => (this.access = (e.target as HTMLInputElement).value)}
      ></cp-radio-group>
      <cp-text-field
        id="change-password"
        label="New password"
        type="password"
        autocomplete="new-password"
        hint="Only if they forgot theirs. ${PASSWORD_HINT}"
        .value=${this.password}
        @input=${(e: Event) => (this.password = (e.target as HTMLInputElement).value)}
      ></cp-text-field>
      <div class="actions">
        <cp-button id="staff-change-save">Save changes</cp-button>
        <cp-button type="button" variant="secondary" id="staff-change-cancel" @click=${this.cancel}>Cancel</cp-button>
      </div>
    </form>`;
  }
}

if (!customElements.get('cpa-staff-add')) customElements.define('cpa-staff-add', CpaStaffAdd);
if (!customElements.get('cpa-staff-change')) customElements.define('cpa-staff-change', CpaStaffChange);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-staff-add': CpaStaffAdd;
    'cpa-staff-change': CpaStaffChange;
  }
}
