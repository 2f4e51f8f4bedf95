import { css, html, nothing, type TemplateResult } from 'lit';
import { FormControl } from './form-control.js';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
  /** A "None of these" answer: choosing it clears the others, and choosing another clears it. */
  exclusive?: boolean;
  /** What the label shows, when it is more than plain text (such as words that are read out but not shown). */
  content?: unknown;
  /** The label's language, when it differs from the page's (built-in words that fell back to English). */
  lang?: string;
}

/**
 * Shared by radio groups, checkbox groups and ratings: the options come from the `options`
 * property or from `<option>` children (`data-hint`, `data-exclusive`), so plain HTML works
 * without any script of the page's own.
 *
 * @a11y-criterion 2.5.8 | The whole label of each option chooses it, not only the small native control.
 * @a11y-role Group | group (native `<fieldset>`) | The legend: the question, and "(optional)" unless required | `aria-describedby`: the hint, then the error
 * @a11y-role Each option | radio or checkbox (native `<input>`) | Its `<label for>` | checked or not; `aria-describedby`: the option's own hint
 */
export abstract class ChoiceGroup<V> extends FormControl<V> {
  static override properties = {
    ...FormControl.properties,
    options: { type: Array },
    inline: { type: Boolean, reflect: true },
  };

  /** The choices. When not set, read from `<option>` children. */
  declare options?: ChoiceOption[];
  /** Lay short options (like Yes and No) side by side on wider screens. */
  declare inline: boolean;
  private observer = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  get items(): ChoiceOption[] {
    return (
      this.options ??
      [...this.querySelectorAll('option')].map((o) => ({
        value: o.value,
        label: o.label || o.text,
        hint: o.dataset.hint,
        exclusive: o.hasAttribute('data-exclusive'),
      }))
    );
  }

  protected anchor(): HTMLInputElement | null | undefined {
    return this.renderRoot?.querySelector('input');
  }

  protected abstract isChecked(value: string): boolean;
  protected abstract onToggle(option: ChoiceOption, checked: boolean): void;

  protected renderChoice(type: 'radio' | 'checkbox', o: ChoiceOption, i: number): TemplateResult {
    const id = `${this.ids.control}-${i}`;
    const divider = o.exclusive && i > 0 ? html`<p class="divider" part="divider">${this.tl('or')}</p>` : nothing;
    return html`${divider}<div class="choice" part="choice">
        <input
          id=${id}
          class="choice-input"
          type=${type}
          name=${this.ids.control}
          .value=${o.value}
          .checked=${this.isChecked(o.value)}
          ?disabled=${this.disabled}
          aria-describedby=${o.hint ? `${id}-hint` : nothing}
          @change=${(e: Event) => this.onToggle(o, (e.target as HTMLInputElement).checked)}
        />
        <label class="choice-label" part="choice-label" for=${id} lang=${o.lang || this.langFor(o.label) || nothing}>${o.content ?? o.label}</label>
        ${o.hint ? html`<div id="${id}-hint" class="choice-hint hint">${this.say(o.hint)}</div>` : nothing}
      </div>`;
  }

  protected renderChoices(type: 'radio' | 'checkbox'): TemplateResult {
    return this.renderGroup(
      html`<div class="choices" part="choices">${this.items.map((o, i) => this.renderChoice(type, o, i))}</div>`,
    );
  }
}

/** Big, clear radios and checkboxes (44px targets), after the GOV.UK Design System. */
export const choiceStyles = css`
  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--cp-space-2);
  }
  :host([inline]) .choices {
    flex-flow: row wrap;
    column-gap: var(--cp-space-5);
  }
  .choice {
    position: relative;
    display: grid;
    grid-template-columns: var(--cp-target-min) 1fr;
    align-items: center;
    column-gap: var(--cp-space-2);
    min-height: var(--cp-target-min);
  }
  /* Drawn by the kit rather than the browser so the edge always has 3:1 contrast in every theme. */
  .choice-input {
    appearance: none;
    display: grid;
    place-content: center;
    grid-row: 1;
    width: 2.5rem;
    height: 2.5rem;
    margin: 2px;
    border: var(--cp-border-control) solid var(--cp-color-border-control);
    border-radius: 50%;
    background: var(--cp-color-surface);
    color: var(--cp-color-text);
    cursor: pointer;
  }
  .choice-input::before {
    content: '';
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    background: currentColor;
    transform: scale(0);
    transition: transform var(--cp-motion-duration-fast) var(--cp-motion-easing);
  }
  .choice-input[type='checkbox'] {
    border-radius: 0;
  }
  .choice-input[type='checkbox']::before {
    width: 1.4rem;
    height: 0.7rem;
    margin-block-start: -0.35rem;
    border: solid currentColor;
    border-width: 0 0 0.25rem 0.25rem;
    border-radius: 0;
    background: none;
    transform: rotate(-45deg) scale(0);
  }
  .choice-input:checked::before {
    transform: scale(1);
  }
  .choice-input[type='checkbox']:checked::before {
    transform: rotate(-45deg) scale(1);
  }
  .choice-label {
    grid-row: 1;
    grid-column: 2;
    /* The full height of the row, so the label (part of the input's target) is 44px high. */
    align-self: stretch;
    align-content: center;
    padding-block: var(--cp-space-1);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .choice-hint {
    grid-column: 2;
    margin: 0;
  }
  .choice-input:focus-visible {
    outline: var(--cp-focus-width) solid var(--cp-color-focus);
    outline-offset: 1px;
    box-shadow: 0 0 0 calc(var(--cp-focus-width) + 3px) var(--cp-color-focus-text);
  }
  .divider {
    width: var(--cp-target-min);
    margin: 0;
    text-align: center;
  }
  @media (forced-colors: active) {
    .choice-input {
      border-color: CanvasText;
    }
    .choice-input:checked::before {
      background: CanvasText;
      border-color: CanvasText;
    }
    .choice-input:focus-visible {
      outline-color: Highlight;
    }
  }
`;
