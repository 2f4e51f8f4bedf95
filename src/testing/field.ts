import { clickOn, fold, notFound, reads, settle, shadowOf, shownText, textOf, withoutOptional } from './dom.js';

/** The kit's form controls, which a FieldHarness reads and changes. */
export const FIELDS = 'cp-text-field, cp-textarea, cp-radio-group, cp-checkbox-group, cp-rating';

type Control = HTMLElement & { value?: unknown; disabled?: boolean };

/**
 * One of the kit's form controls (`<cp-text-field>`, `<cp-textarea>`, `<cp-radio-group>`,
 * `<cp-checkbox-group>`, `<cp-rating>`), read and changed as a person would: by its label, its
 * hint, its error and its options' words. Get one from a widget's harness: `form.field('Your name')`.
 */
export class FieldHarness {
  constructor(readonly element: Element) {}

  private get root(): ShadowRoot {
    return shadowOf(this.element);
  }

  /** The label or legend as shown, " (optional)" included. */
  get label(): string {
    return textOf(this.root.querySelector('[part="label"]'));
  }

  /** The label or legend without " (optional)": the words to find the field by. */
  get name(): string {
    return withoutOptional(this.root.querySelector('[part="label"]'));
  }

  /** The hint under the label ('' when there is none). */
  get hint(): string {
    return textOf(this.root.querySelector('[part="hint"]'));
  }

  /** The error shown on the field, "Error:" included as a screen reader hears it ('' when there is none). */
  get error(): string {
    return textOf(this.root.querySelector('.error'));
  }

  /** The words of each option of a group or rating, in order. */
  get options(): string[] {
    return [...this.root.querySelectorAll('label.choice-label')].map(textOf);
  }

  /** The value each option sends, in order (what a page's code sees, not what a person reads). */
  get values(): string[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('input.choice-input')].map((i) => i.value);
  }

  /** The control's value, as it would be sent (a string, or a list for checkboxes). */
  get value(): unknown {
    return (this.element as Control).value;
  }

  /** Whether the control is turned off (for example while its question is declined). */
  get disabled(): boolean {
    return !!(this.element as Control).disabled;
  }

  /** Whether the field reads as `words` (with or without " (optional)"). */
  is(words: string): boolean {
    return this.name === fold(words) || this.label === fold(words);
  }

  /** The native radio or checkbox of an option, by its words (or a rating's number). */
  input(option: string | number): HTMLInputElement {
    const wanted = fold(String(option));
    const labels = [...this.root.querySelectorAll<HTMLLabelElement>('label.choice-label')];
    const label =
      labels.find((l) => reads(l, wanted)) ??
      labels.find((l) => shownText(l).startsWith(`${wanted} `) || this.inputOf(l)?.value === wanted);
    const input = label && this.inputOf(label);
    if (!input) throw notFound(`option labelled`, wanted, `Options of '${this.name}'`, labels.map(textOf));
    return input;
  }

  private inputOf(label: HTMLLabelElement): HTMLInputElement | null {
    return this.root.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`);
  }

  /** Whether an option is chosen or ticked. */
  checked(option: string | number): boolean {
    return this.input(option).checked;
  }

  /** Chooses one option (a radio, or a rating point), by its words. */
  async choose(option: string | number): Promise<void> {
    const input = this.input(option);
    if (!input.checked) input.click();
    await settle(this.element);
  }

  /** Ticks exactly these checkboxes, by their words, and unticks the rest. */
  async tick(...options: string[]): Promise<void> {
    const wanted = options.map((o) => this.input(o));
    for (const input of this.root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      if (input.checked !== wanted.includes(input)) {
        input.click();
        await settle(this.element);
      }
    }
    await settle(this.element);
  }

  /** Clicks one option: ticks or unticks a checkbox, chooses a radio. */
  async toggle(option: string | number): Promise<void> {
    this.input(option).click();
    await settle(this.element);
  }

  /** Types into a text field or text area: replaces what is there, then the `input` event a browser fires. */
  async fill(words: string): Promise<void> {
    const native = this.root.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
    if (!native) throw new Error(`'${this.name}' is not a text field: it has options (${this.options.join(', ')})`);
    native.focus();
    native.value = words;
    native.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: words }),
    );
    await settle(this.element);
  }
}

/** Clicks the native control inside a kit button, then waits for `host` to render. */
export async function pressIn(host: Element, el: Element): Promise<void> {
  clickOn(el);
  await settle(host);
}
