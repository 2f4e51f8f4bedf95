import { html, nothing, type PropertyValues } from 'lit';
import type { Problem } from '../../core/form-control.js';
import type { StringKey } from '../../core/strings.js';
import { TextControl } from '../../core/text-control.js';
import { fieldStyles } from '../../core/field-styles.js';
import { hostStyles } from '../../core/host-styles.js';
import { textareaStyles } from './textarea.styles.js';
import { textareaStrings } from './textarea.strings.js';

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * @summary A multi-line answer with an optional character or word count, after the GOV.UK character count.
 *
 * The count never stops anyone typing: going over the limit shows how many characters are
 * too many, and the form reports an error on submit. The count is read out politely, after
 * the person pauses, and only once they are near the limit (`threshold`).
 *
 * @csspart field - The wrapper around label, hint, error, textarea and count.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - The native textarea.
 * @csspart count - The visible count message.
 *
 * @fires input - When the value changes as the person types.
 * @fires change - When the person commits a change.
 *
 * @a11y-criterion 2.1.1 | A native `<textarea>`: typing and editing work as everywhere else.
 * @a11y-criterion 3.3.2 | The limit is said before typing ("You can enter up to 200 characters") and tied to the box with `aria-describedby`.
 * @a11y-criterion 4.1.3 | Near the limit, the count is announced from a polite live region once the person pauses, never on every key press.
 * @a11y-key Enter | Adds a new line; it never submits the form.
 * @a11y-role Count | polite live region (visible copy `aria-hidden`) | — | Announces "You have 20 characters remaining" near the limit
 */
export class CpTextarea extends TextControl {
  static override styles = [hostStyles, fieldStyles, textareaStyles];
  static override properties = {
    ...TextControl.properties,
    rows: { type: Number },
    maxlength: { type: Number },
    maxwords: { type: Number },
    threshold: { type: Number },
    announced: { state: true },
  };
  static override readonly strings = textareaStrings;
  /** How long the person must pause before the count is read out, in milliseconds. */
  static announceDelay = 1000;

  declare rows: number;
  /** The most characters allowed. Typing past it is never blocked. */
  declare maxlength?: number;
  /** The most words allowed (use instead of `maxlength`). */
  declare maxwords?: number;
  /** Show and announce the count only from this percentage of the limit (0 to 100). */
  declare threshold: number;
  declare private announced?: [key: StringKey, vars: { count: number }];
  protected readonly requiredKey = 'requiredText' as const;
  private readonly countId = `${this.ids.control}-count`;
  private timer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.rows = 5;
    this.threshold = 75;
  }

  private get limit(): { max: number; used: number; words: boolean } | undefined {
    const words = !this.maxlength && !!this.maxwords;
    const max = words ? this.maxwords : this.maxlength;
    if (!max) return undefined;
    return { max, used: words ? countWords(this.value) : this.value.length, words };
  }

  /** The count message's key and values, or undefined while below the threshold. */
  private countMessage(): [key: StringKey, vars: { count: number }] | undefined {
    const limit = this.limit;
    if (!limit || limit.used < (limit.max * this.threshold) / 100) return undefined;
    const left = limit.max - limit.used;
    const key = limit.words
      ? left < 0
        ? 'textareaWordsOver'
        : 'textareaWordsLeft'
      : left < 0
        ? 'textareaCharsOver'
        : 'textareaCharsLeft';
    return [key, { count: Math.abs(left) }];
  }

  protected anchor(): HTMLTextAreaElement | null | undefined {
    return this.renderRoot?.querySelector('textarea');
  }
  protected override problem(): Problem | undefined {
    const limit = this.limit;
    if (limit && limit.used > limit.max) {
      return this.builtInProblem('tooLong', limit.words ? 'textareaTooLongWords' : 'textareaTooLongChars', {
        label: this.label,
        max: limit.max,
      });
    }
    return undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('value')) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => (this.announced = this.countMessage()), CpTextarea.announceDelay);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private onInput(e: Event): void {
    this.value = (e.target as HTMLTextAreaElement).value;
  }

  protected override render() {
    const limit = this.limit;
    const message = this.countMessage();
    const over = !!limit && limit.used > limit.max;
    return this.renderField(html`<textarea
        id=${this.ids.control}
        class="input ${over ? 'over' : ''}"
        part="input"
        rows=${this.rows}
        .value=${this.value}
        name=${this.name || nothing}
        autocomplete=${this.autocomplete || nothing}
        ?disabled=${this.disabled}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${this.error ? 'true' : nothing}
        aria-describedby=${this.describedBy(limit && this.countId)}
        @input=${this.onInput}
        @change=${this.onChange}
      ></textarea>
      ${
        limit
          ? html`<div id=${this.countId} class="vh">
              ${this.tl(limit.words ? 'textareaWordLimit' : 'textareaCharLimit', { max: limit.max })}
            </div>
            <div class="count ${over ? 'over' : ''}" part="count" aria-hidden="true">
              ${message ? this.tl(...message) : this.tl(limit.words ? 'textareaWordLimit' : 'textareaCharLimit', { max: limit.max })}
            </div>
            <div class="vh" aria-live="polite">${this.announced ? this.tl(...this.announced) : ''}</div>`
          : nothing
      }`);
  }
}
