// Sign in, after the GOV.UK pattern: nothing is checked until the person presses "Sign in"; then
// an error summary lists each problem (linked to its field) and each field shows its own error.
// Nothing typed is ever cleared. The server's own words are shown for a wrong password (401) and
// for too many tries (429), which never say whether the email exists.
import { css, html, nothing } from 'lit';
import { ApiError, type Staff } from '../api.js';
import { AdminView } from './admin-view.js';
import { href } from '../router.js';
import { viewStyles } from '../styles.js';
import { pageHeader } from '../parts/page-header.js';
import type { SummaryError } from '../../../../src/components/error-summary/error-summary.js';
import '../../../../src/components/error-summary/index.js';
import '../../../../src/components/text-field/index.js';
import '../../../../src/components/button/index.js';

type TextField = HTMLElement & { value: string; error: string; validate(): boolean; validationMessage: string };
type Summary = HTMLElement & { errors: SummaryError[]; show(): Promise<void> };

export class CpaSignInView extends AdminView {
  static override properties = {
    passwordError: { state: true },
    sending: { state: true },
  };

  declare passwordError: string;
  declare sending: boolean;

  static override styles = [
    viewStyles,
    css`
      form {
        max-inline-size: 30rem;
      }
      #password {
        inline-size: 100%;
      }
    `,
  ];

  constructor() {
    super();
    this.passwordError = '';
    this.sending = false;
  }

  private get email() {
    return this.renderRoot.querySelector('#email') as TextField;
  }
  private get summary() {
    return this.renderRoot.querySelector('cp-error-summary') as Summary;
  }
  private get password() {
    return this.renderRoot.querySelector('#password') as HTMLInputElement;
  }

  private async onSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.sending) return;
    const errors: SummaryError[] = [];
    if (!this.email.validate()) errors.push({ target: 'email', message: this.email.validationMessage });
    this.passwordError = this.password.value ? '' : 'Enter your password';
    if (this.passwordError) errors.push({ target: 'password', message: this.passwordError });
    if (errors.length) return this.showErrors(errors);
    this.sending = true;
    try {
      const staff = await this.api.send<Staff>('POST', '/session', {
        email: this.email.value.trim(),
        password: this.password.value,
      });
      this.summary.errors = [];
      this.dispatchEvent(
        new CustomEvent('cpa-signed-in', {
          detail: { staff, next: this.query.get('next') ?? undefined },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (err) {
      const message = err instanceof ApiError ? err.message : 'Something went wrong. Try again.';
      const target = err instanceof ApiError && err.field === 'password' ? 'password' : 'email';
      await this.showErrors([{ target, message }]);
    } finally {
      this.sending = false;
    }
  }

  private async showErrors(errors: SummaryError[]): Promise<void> {
    const summary = this.summary;
    summary.errors = errors;
    await this.updateComplete;
    await summary.show();
  }

  protected override render() {
    if (this.staff) {
      return html`${pageHeader({ title: 'You are signed in' })}
        <p>You are signed in as <strong>${this.staff.email}</strong>.</p>
        <p><a href=${href('')}>Go to the overview</a></p>`;
    }
    return html`<cp-error-summary for="no-form-watching" keep-title></cp-error-summary>
      ${pageHeader({ title: 'Sign in', lead: 'Use the email address and password your admin set up for you.' })}
      <form id="sign-in-form" novalidate @submit=${this.onSubmit}>
        <cp-text-field
          id="email"
          name="email"
          type="email"
          label="Email address"
          autocomplete="username"
          spellcheck="false"
          required
          required-message="Enter your email address"
        ></cp-text-field>
        <div class="field ${this.passwordError ? 'field--invalid' : ''}">
          <label for="password">Password</label>
          ${
            this.passwordError
              ? html`<span class="field-error" id="password-error"><span class="vh">Error:</span> ${this.passwordError}</span>`
              : nothing
          }
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            aria-invalid=${this.passwordError ? 'true' : nothing}
            aria-describedby=${this.passwordError ? 'password-error' : nothing}
          />
        </div>
        <cp-button type="submit" id="sign-in">${this.sending ? 'Signing in…' : 'Sign in'}</cp-button>
      </form>
      <p class="muted">If you have forgotten your password, ask an admin to set a new one.</p>`;
  }
}

if (!customElements.get('cpa-sign-in-view')) customElements.define('cpa-sign-in-view', CpaSignInView);
