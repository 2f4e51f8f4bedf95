import { html, nothing } from 'lit';
import type { Problem } from '../../core/form-control.js';
import { TextControl } from '../../core/text-control.js';
import { fieldStyles } from '../../core/field-styles.js';
import { hostStyles } from '../../core/host-styles.js';
import { textFieldStyles } from './text-field.styles.js';

/**
 * @summary A single-line text input with a label, hint and error, after the GOV.UK text input.
 *
 * @csspart field - The wrapper around label, hint, error and input.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - The native input.
 *
 * @fires input - When the value changes as the person types.
 * @fires change - When the person commits a change.
 *
 * @a11y-criterion 2.1.1 | A native `<input>`: typing, editing and Enter to submit work as everywhere else.
 * @a11y-key Enter | Submits the form, as a native input does (the form is checked first).
 */
export class CpTextField extends TextControl {
  static override styles = [hostStyles, fieldStyles, textFieldStyles];
  static override properties = { ...TextControl.properties, type: {}, inputmode: {}, width: { type: Number } };

  /** `text` (default), `email`, `tel` or `url`. Avoid `number`: use `inputmode="numeric"` instead. */
  declare type: 'text' | 'email' | 'tel' | 'url';
  /** The on-screen keyboard to show, such as `numeric` or `email`. */
  declare inputmode?: string;
  /** The width in characters, to hint at the expected length. Full width when not set. */
  declare width?: number;
  protected readonly requiredKey = 'requiredText' as const;

  constructor() {
    super();
    this.type = 'text';
  }

  protected anchor(): HTMLInputElement | null | undefined {
    return this.renderRoot?.querySelector('input');
  }
  protected override problem(): Problem | undefined {
    const input = this.anchor();
    if (input?.validity.typeMismatch) {
      return this.type === 'email'
        ? this.builtInProblem('typeMismatch', 'typeMismatchEmail')
        : this.builtInProblem('typeMismatch', 'typeMismatch', { label: this.label });
    }
    return undefined;
  }

  private onInput(e: Event): void {
    this.value = (e.target as HTMLInputElement).value;
  }

  // Enter submits the form, as it does in a native text input.
  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && !e.isComposing) this.form?.requestSubmit();
  }

  protected override render() {
    return this.renderField(html`<input
      id=${this.ids.control}
      class="input"
      part="input"
      style=${this.width ? `max-width: ${this.width + 3}ch` : nothing}
      .value=${this.value}
      type=${this.type}
      name=${this.name || nothing}
      autocomplete=${this.autocomplete || nothing}
      inputmode=${this.inputmode || nothing}
      ?disabled=${this.disabled}
      aria-required=${this.required ? 'true' : nothing}
      aria-invalid=${this.error ? 'true' : nothing}
      aria-describedby=${this.describedBy()}
      @input=${this.onInput}
      @change=${this.onChange}
      @keydown=${this.onKeydown}
    />`);
  }
}
