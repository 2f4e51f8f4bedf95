import { clickOn, fold, notFound, reads, settle, shadowOf, shownText, textOf, waitFor } from './dom.js';
import { FIELDS, FieldHarness } from './field.js';

/** Finds the first `tag` in `root` (the document by default), or says clearly that there is none. */
export function findHost(tag: string, root: ParentNode = document): HTMLElement {
  const host = root.querySelector<HTMLElement>(tag);
  if (!host) throw new Error(`No <${tag}> on the page`);
  return host;
}

/**
 * What every widget harness can do: read the widget's words, find its buttons, links and fields
 * by what they say, and wait for it to render. Each widget's harness adds what a person does
 * with that widget. Harnesses only use the DOM (never the widget classes), through shadow roots.
 */
export class WidgetHarness {
  /** The tag of the widget this harness is for (`in()` looks for it). */
  static tag = '';

  /** What a field is called in this widget's errors: "question", "field". */
  protected fieldNoun = 'field';

  constructor(readonly host: HTMLElement) {}

  /** The harness of the first widget of its kind in `root` (the whole page by default). */
  static in<T extends WidgetHarness>(
    this: { new (host: HTMLElement): T; tag: string },
    root: ParentNode = document,
  ): T {
    return new this(findHost(this.tag, root));
  }

  /** The widget's shadow root. */
  protected get root(): ShadowRoot {
    return shadowOf(this.host);
  }

  /** Waits for the widget, and every kit element inside it, to finish rendering. */
  async settle(): Promise<this> {
    await settle(this.host);
    return this;
  }

  /** The widget's own words, folded (the words of a kit control inside are in that control's own shadow root). */
  text(): string {
    return textOf(this.root);
  }

  /** The first element matching `selector` in the widget's shadow root, or null. */
  protected one<E extends Element = HTMLElement>(selector: string, within: ParentNode = this.root): E | null {
    return within.querySelector<E>(selector);
  }

  /** Every element matching `selector` in the widget's shadow root. */
  protected all<E extends Element = HTMLElement>(selector: string, within: ParentNode = this.root): E[] {
    return [...within.querySelectorAll<E>(selector)];
  }

  /** Every button and link the widget shows, by its words. */
  buttons(): string[] {
    return this.all('cp-button, button, a[href]').map(shownText);
  }

  /** A kit button, native button or link by its words (all of them, or only the ones shown). */
  button(words: string, within: ParentNode = this.root): HTMLElement {
    const found = this.all('cp-button, button, a[href]', within).find((b) => reads(b, words));
    if (!found)
      throw notFound(
        'button or link saying',
        words,
        'Buttons and links',
        this.all('cp-button, button, a[href]', within).map(shownText),
      );
    return found;
  }

  /** Presses a button or follows a link, by its words, and waits for the widget to render. */
  async press(words: string): Promise<void> {
    clickOn(this.button(words));
    await this.settle();
  }

  /** Every form control in the widget, in order. */
  fields(within: ParentNode = this.root): FieldHarness[] {
    return this.all(FIELDS, within).map((el) => new FieldHarness(el));
  }

  /** A form control by its label or legend (with or without " (optional)"). */
  field(label: string, within: ParentNode = this.root): FieldHarness {
    const all = this.fields(within);
    const found = all.find((f) => f.is(label));
    const noun = this.fieldNoun;
    if (!found)
      throw notFound(
        `${noun} labelled`,
        fold(label),
        `${noun[0]!.toUpperCase()}${noun.slice(1)}s`,
        all.map((f) => f.name),
      );
    return found;
  }

  /** The messages in the error summary at the top (of the form given, when there are several), in order ([] when there is none). */
  errors(within: ParentNode = this.root): string[] {
    const summary = this.errorSummary(within);
    return summary ? [...summary.querySelectorAll('li')].map(textOf) : [];
  }

  /** The error summary's box (focused after a failed send), or null when no errors show. */
  errorSummary(within: ParentNode = this.root): HTMLElement | null {
    return this.one('cp-error-summary', within)?.shadowRoot?.querySelector<HTMLElement>('.summary') ?? null;
  }

  /** What the widget says in its status message (`role="status"`), '' when quiet. */
  status(): string {
    return textOf(this.one('[role="status"]'));
  }

  /** The message shown instead of the widget when its content has a problem ('' when there is none). */
  problem(): string {
    return textOf(this.one('[role="alert"]'));
  }

  /** The thank-you message's words ('' until it shows). */
  thanks(): string {
    return textOf(this.one('.thanks'));
  }

  /** Waits for the thank-you message, and gives its words. */
  async thanked(): Promise<string> {
    await waitFor(() => this.one('.thanks'), 'the thank-you message did not appear');
    await this.settle();
    return this.thanks();
  }

  /** Presses the quick-exit button (the widgets that have one). */
  async quickExit(): Promise<void> {
    const exit = this.one('.exit cp-button');
    if (!exit) throw new Error(`<${this.host.localName}> has no quick-exit button: give it exit-url`);
    clickOn(exit);
    await this.settle();
  }
}
