import { fold, notFound, shownText, textOf } from './dom.js';
import { WidgetHarness } from './widget.js';

/** One "you said, we did" item as a person sees it. */
export interface ImpactItemView {
  /** What people said, without "You said". */
  said: string;
  /** The status as shown: "Done", "Partly done"… */
  status: string;
  /** Every word of the item. */
  text: string;
  element: HTMLElement;
}

/**
 * Reads a `<cp-impact-panel>` the way a person does: its headings, the items shown (by status),
 * how many are shown, and the search and filters by their labels.
 *
 * ```ts
 * const panel = ImpactPanelHarness.in(document);
 * await panel.search('bus');
 * expect(panel.said()).toEqual(['A later bus']);
 * expect(panel.items('Done').length).toBe(2);
 * ```
 */
export class ImpactPanelHarness extends WidgetHarness {
  static override tag = 'cp-impact-panel';

  /** The panel's title. */
  title(): string {
    return textOf(this.one('.title'));
  }

  /** Every heading on screen (the title and each item's "You said…"), in order. */
  headings(): string[] {
    return this.all('[role="heading"], h2, h3, h4').map(textOf);
  }

  /** The items shown (not the ones a search or filter hides), only those with this status if given. */
  items(status?: string): ImpactItemView[] {
    const shown = this.all('.items > li.item')
      .filter((li) => !li.hidden)
      .map((li) => ({
        said: textOf(li.querySelector('.said')).replace(/^You said /, ''),
        status: shownText(li.querySelector('.status')!),
        text: textOf(li),
        element: li,
      }));
    if (status === undefined) return shown;
    const statuses = [...new Set(shown.map((i) => i.status))];
    if (!statuses.includes(fold(status))) throw notFound('status', fold(status), 'Statuses shown', statuses);
    return shown.filter((i) => i.status === fold(status));
  }

  /** What people said in each item shown, in order. */
  said(status?: string): string[] {
    return this.items(status).map((i) => i.said);
  }

  /** "Showing 3 of 7", as the live region says it. */
  count(): string {
    return textOf(this.one('[role="status"].count'));
  }

  /** The panel's message when there is nothing to show, or it could not load ('' otherwise). */
  state(): string {
    return textOf(this.one('.state'));
  }

  /** A search box or filter, by its label. */
  control(label: string): HTMLInputElement | HTMLSelectElement {
    const labels = this.all<HTMLLabelElement>('label[for]');
    const found = labels.find((l) => textOf(l) === fold(label));
    if (!found) throw notFound('filter labelled', fold(label), 'Filters', labels.map(textOf));
    return this.one<HTMLInputElement | HTMLSelectElement>(`#${CSS.escape(found.htmlFor)}`)!;
  }

  /** Types into the search box or chooses a filter's option (by its words or value), as a person does. */
  async filter(label: string, value: string): Promise<void> {
    const control = this.control(label);
    if (control instanceof HTMLSelectElement) {
      const options = [...control.options];
      const option = options.find((o) => textOf(o) === fold(value) || o.value === value);
      if (!option) throw notFound('option', value, `Options of '${fold(label)}'`, options.map(textOf));
      control.value = option.value;
    } else control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    await this.settle();
  }

  /** Types into the search box (labelled "Search" unless reworded). */
  async search(words: string, label = 'Search'): Promise<void> {
    await this.filter(label, words);
  }
}
