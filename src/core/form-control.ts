import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CpElement } from './base-element.js';
import { uid } from './ids.js';
import type { StringKey } from './strings.js';
import './form-control.strings.js';

/**
 * " (optional)" after a label or legend. The space is inside the span's text: Chrome leaves a
 * text node of only a space out of the accessible name ("Email address(optional)").
 */
export const renderOptional = (host: CpElement): TemplateResult =>
  html`<span class="optional" lang=${host.langOf('optional') ?? nothing}>${` ${host.t('optional')}`}</span>`;

/** A problem with the current value: the ValidityState flag and the message to show. */
export type Problem = [flag: keyof ValidityStateFlags, message: string, lang?: string];

/**
 * The base of every form control. It renders the label (or legend), hint, error and control in
 * one shadow root so `for` and `aria-describedby` work, and joins the page's `<form>` through
 * ElementInternals: its value is in `FormData`, it reports validity, resets and restores.
 *
 * Errors follow the GOV.UK Design System: nothing is checked while someone types or leaves a
 * field. An error appears when the form is submitted (the browser's `invalid` event, or
 * `validate()`), and nothing the person typed is ever cleared.
 *
 * @a11y-criterion 1.3.1 | The label (or legend), hint, error and native control share one shadow root, so `<label for>`, `<fieldset>`/`<legend>` and `aria-describedby` (the hint, then the error) really connect them.
 * @a11y-criterion 3.2.2 | Nothing is checked, sent or moved while someone types, chooses or leaves the control.
 * @a11y-criterion 3.3.1 | After a submit, an error shows above the control with a red bar and a visually hidden "Error:" before the message, and is listed by `<cp-error-summary>`. Nothing typed is cleared.
 * @a11y-criterion 3.3.2 | Every control has a visible label; optional ones say "(optional)" instead of starring required ones; the hint says what to enter.
 * @a11y-criterion 4.1.2 | Native controls, joined to the page's form through ElementInternals: named by their label, value in `FormData`, `aria-invalid` while in error.
 * @a11y-role Error message | text in the control's description | — | Read after the hint through `aria-describedby`, starting "Error:"; shown only after a submit
 */
export abstract class FormControl<V = string> extends CpElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties = {
    ...CpElement.properties,
    name: { reflect: true },
    label: {},
    hint: {},
    error: {},
    required: { type: Boolean, reflect: true },
    requiredMessage: { attribute: 'required-message' },
    // Not reflected: a fieldset's `disabled` copied to the attribute would outlast the fieldset.
    disabled: { type: Boolean },
  };

  /** The name the value is submitted under. */
  declare name: string;
  /** The question or label. Keep it short; put help in `hint`. */
  declare label: string;
  /** Help shown under the label and read out with the control. */
  declare hint: string;
  /** The error shown on the control. Set by validation; can be set by the page (for example from a server). */
  declare error: string;
  /** Whether an answer is needed. Controls are optional by default and say "(optional)". */
  declare required: boolean;
  /** The error when a required answer is missing. Write it as an instruction, like "Enter your postcode". */
  declare requiredMessage?: string;
  /** Set by a disabled `<fieldset>`. Prefer not to disable controls. */
  declare disabled: boolean;
  declare value: V;

  protected readonly ids = { control: uid(), hint: uid(), error: uid() };
  private initialValue?: V;
  protected abstract readonly requiredKey: StringKey;

  constructor() {
    super();
    this.name = '';
    this.label = '';
    this.hint = '';
    this.error = '';
    this.required = false;
    this.disabled = false;
    // The browser fires `invalid` when a form is submitted or checked: show the message then.
    this.addEventListener('invalid', () => (this.error = this.validationMessage));
  }

  /** True when there is no answer. */
  protected abstract isEmpty(): boolean;
  /** What goes into FormData, and the state the browser keeps to restore it. */
  protected abstract formData(): [value: string | FormData | null, state: string];
  protected abstract fromState(state: string): V;
  /** The element that takes focus and anchors validation messages. */
  protected abstract anchor(): HTMLElement | null | undefined;
  /** A problem whose message is a built-in string, marked `lang="en"` when it fell back to English. */
  protected builtInProblem(flag: Problem[0], key: StringKey, vars?: Record<string, string | number>): Problem {
    return [flag, this.t(key, vars), this.langOf(key, vars)];
  }

  /** Problems other than a missing answer, such as text that is too long. */
  protected problem(): Problem | undefined {
    return undefined;
  }

  private currentProblem(): Problem | undefined {
    // As with native controls, a disabled one is not checked (its value is not sent either).
    if (this.disabled) return undefined;
    if (this.required && this.isEmpty()) {
      if (this.requiredMessage) return ['valueMissing', this.requiredMessage];
      return ['valueMissing', this.t(this.requiredKey, { label: this.label }), this.langOf(this.requiredKey)];
    }
    return this.isEmpty() ? undefined : this.problem();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!('initialValue' in this)) this.initialValue = this.value;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const [value, state] = this.formData();
    this.internals.setFormValue(this.disabled ? null : value, state);
    const problem = this.currentProblem();
    if (problem) this.internals.setValidity({ [problem[0]]: true }, problem[1], this.anchor() ?? undefined);
    else this.internals.setValidity({});
  }

  /** Shows or clears this control's error for its current value. Returns true when valid. */
  validate(): boolean {
    this.error = this.currentProblem()?.[1] ?? '';
    return !this.error;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.currentProblem()?.[1] ?? '';
  }
  /**
   * `'en'` when `message` is this control's built-in message and it fell back to English inside
   * another language; the error and the error summary mark it with `lang`.
   */
  validationLang(message = this.validationMessage): string | undefined {
    const problem = this.currentProblem();
    return message && problem?.[1] === message ? problem[2] : undefined;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Joins or leaves a form: a successful submit clears errors the person has since fixed. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.joinedForm?.removeEventListener('submit', this.onFormSubmit);
    this.joinedForm = form;
    form?.addEventListener('submit', this.onFormSubmit);
  }
  private joinedForm: HTMLFormElement | null = null;
  private onFormSubmit = (): void => {
    if (this.error) this.validate();
  };

  formResetCallback(): void {
    this.value = this.initialValue as V;
    this.error = '';
  }
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = this.fromState(state);
  }
  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }
  /** Native `change` stops at the shadow root: fire it again from the host, as a native control would. */
  protected onChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** `aria-describedby` for the control: hint, error and any extra ids, in reading order. */
  protected describedBy(...extra: (string | false | undefined)[]): string | typeof nothing {
    const ids = [this.hint && this.ids.hint, this.error && this.ids.error, ...extra].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  protected renderLabelText(): TemplateResult {
    return html`${this.say(this.label)}${this.required ? nothing : renderOptional(this)}`;
  }

  protected renderHintAndError(): TemplateResult {
    return html`${this.hint ? html`<div id=${this.ids.hint} class="hint" part="hint">${this.say(this.hint)}</div>` : nothing}
    ${
      this.error
        ? html`<p id=${this.ids.error} class="error" part="error">
          <span class="vh">${this.tl('errorPrefix')}</span> <span lang=${this.validationLang(this.error) ?? nothing}>${this.error}</span>
        </p>`
        : nothing
    }`;
  }

  /** A label, hint, error and one control. */
  protected renderField(control: TemplateResult): TemplateResult {
    return html`<div class=${this.error ? 'invalid' : ''} part="field">
      <label class="label" part="label" for=${this.ids.control}>${this.renderLabelText()}</label>
      ${this.renderHintAndError()} ${control}
    </div>`;
  }

  /** A fieldset with a legend, hint and error around a group of radios or checkboxes. */
  protected renderGroup(controls: TemplateResult): TemplateResult {
    // The error bar goes on a wrapper: on the fieldset itself the legend would sit outside it.
    return html`<div class=${this.error ? 'invalid' : ''} part="field">
      <fieldset class="group" aria-describedby=${this.describedBy()}>
        <legend part="label">${this.renderLabelText()}</legend>
        ${this.renderHintAndError()} ${controls}
      </fieldset>
    </div>`;
  }
}
