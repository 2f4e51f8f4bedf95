import { clickOn, fold, notFound, textOf, waitFor, withoutOptional } from './dom.js';
import { FIELDS, FieldHarness } from './field.js';
import { WidgetHarness } from './widget.js';

/** An answer: words for text questions, an option's words (or a rating's number) for choices, a list for checkboxes, or a method and details for a contact question. */
export type FeedbackAnswer = string | number | string[] | { method?: string; details?: string };

/**
 * Fills in a `<cp-feedback-form>` the way a person does: by each question's visible label.
 *
 * ```ts
 * const form = FeedbackFormHarness.in(document);
 * await form.answer('How was the lunch club?', '4 – Good');
 * await form.answer('What did you like?', ['The food']);
 * await form.decline('Is money tight for you at the moment?');
 * await form.submit();
 * expect(form.errors()).toEqual([]);
 * ```
 */
export class FeedbackFormHarness extends WidgetHarness {
  protected override fieldNoun = 'question';

  static override tag = 'cp-feedback-form';

  /** The form's title. */
  title(): string {
    return textOf(this.one('h2'));
  }

  /** "Question 2 of 8" on a paged form ('' otherwise). */
  progress(): string {
    return textOf(this.one('.progress'));
  }

  /** The question blocks on screen, each with its own control first. */
  private blocks(): { label: string; block: HTMLElement }[] {
    return this.all('.q').map((block) => {
      const contact = this.one(':scope > fieldset.contact > legend', block);
      const control = this.one(`:scope > :is(${FIELDS})`, block);
      const label = contact ? withoutOptional(contact) : control ? new FieldHarness(control).name : '';
      return { label, block };
    });
  }

  /** Every question's label on screen, in order (without " (optional)"). */
  questions(): string[] {
    return this.blocks().map((b) => b.label);
  }

  /** A question's block, by its label. */
  private block(label: string): HTMLElement {
    const all = this.blocks();
    const found = all.find((b) => b.label === fold(label));
    if (!found)
      throw notFound(
        'question labelled',
        fold(label),
        'Questions',
        all.map((b) => b.label),
      );
    return found.block;
  }

  /** A question's control, by its label: read its hint, error, options and value, or change it. */
  question(label: string): FieldHarness {
    const block = this.block(label);
    const control = this.one(`:scope > :is(${FIELDS}), :scope > fieldset.contact > cp-text-field`, block)!;
    return new FieldHarness(control);
  }

  /** Answers a question: types words, chooses an option by its words, ticks a list of checkboxes, or gives contact details. */
  async answer(label: string, value: FeedbackAnswer): Promise<void> {
    const block = this.block(label);
    if (this.one(':scope > fieldset.contact', block)) {
      const contact = value as { method?: string; details?: string };
      if (contact.method)
        await new FieldHarness(this.one('fieldset.contact > cp-radio-group', block)!).choose(contact.method);
      if (contact.details !== undefined)
        await new FieldHarness(this.one('fieldset.contact > cp-text-field', block)!).fill(contact.details);
    } else {
      const field = this.question(label);
      const tag = field.element.localName;
      if (tag === 'cp-checkbox-group') await field.tick(...(Array.isArray(value) ? value : [String(value)]));
      else if (tag === 'cp-text-field' || tag === 'cp-textarea') await field.fill(String(value));
      else await field.choose(value as string | number);
    }
    await this.settle();
  }

  /** "Prefer not to say": the option of a choice question, or the box under any other question. `on: false` unticks the box. */
  async decline(label: string, on = true): Promise<void> {
    const block = this.block(label);
    const input =
      this.one<HTMLInputElement>(':scope > .decline input', block) ??
      this.one(`:scope > :is(cp-radio-group, cp-checkbox-group)`, block)?.shadowRoot?.querySelector<HTMLInputElement>(
        'input[value=":declined"]',
      );
    if (!input) throw new Error(`The question '${fold(label)}' has no "Prefer not to say"`);
    if (input.checked !== on) input.click();
    await this.settle();
  }

  /** Whether a question is declined ("Prefer not to say" ticked or chosen). */
  declined(label: string): boolean {
    const block = this.block(label);
    const input =
      this.one<HTMLInputElement>(':scope > .decline input', block) ??
      this.one(`:scope > :is(cp-radio-group, cp-checkbox-group)`, block)?.shadowRoot?.querySelector<HTMLInputElement>(
        'input[value=":declined"]',
      );
    return !!input?.checked;
  }

  /**
   * "This question doesn't work for me": opens it under the question (or, on a form with
   * `flags: "end-of-form"`, ticks the question at the end), then chooses the reason by its words
   * and types more, both optional. Returns the open flag's part of the page.
   */
  async flag(label: string, reason?: string, more?: string): Promise<HTMLElement> {
    const end = this.one<HTMLDetailsElement>('details.flag-end');
    let body: HTMLElement;
    if (end) {
      this.block(label);
      if (!end.open) await this.open(end);
      const which = new FieldHarness(this.one('.flag-body > cp-checkbox-group', end)!);
      if (!which.checked(label)) await which.toggle(label);
      await this.settle();
      const one = this.all('.flag-one', end).find((o) =>
        textOf(o.querySelector('cp-radio-group')?.shadowRoot?.querySelector('legend') ?? null).includes(
          `“${fold(label)}”`,
        ),
      );
      if (!one) throw new Error(`The flag for '${fold(label)}' did not open`);
      body = one;
    } else {
      const details = this.one<HTMLDetailsElement>(':scope > details.flag', this.block(label));
      if (!details) throw new Error(`The question '${fold(label)}' has no "This question doesn't work for me"`);
      if (!details.open) await this.open(details);
      body = await waitFor(
        () => this.one<HTMLElement>('.flag-body', details),
        `the flag under '${fold(label)}' did not open`,
      );
    }
    await this.settle();
    if (reason) await new FieldHarness(this.one('cp-radio-group', body)!).choose(reason);
    if (more !== undefined) await new FieldHarness(this.one('cp-textarea', body)!).fill(more);
    await this.settle();
    return body;
  }

  /** Takes a flag back: closes it under the question, or unticks the question at the end. */
  async unflag(label: string): Promise<void> {
    const end = this.one<HTMLDetailsElement>('details.flag-end');
    if (end) {
      const which = new FieldHarness(this.one('.flag-body > cp-checkbox-group', end)!);
      if (which.checked(label)) await which.toggle(label);
    } else {
      const details = this.one<HTMLDetailsElement>(':scope > details.flag', this.block(label));
      if (details?.open) await this.open(details);
    }
    await this.settle();
  }

  /** Opens or closes a disclosure by its summary, as a click does. */
  private async open(details: HTMLDetailsElement): Promise<void> {
    // The browser fires `toggle` a moment after the click; the form renders after it.
    const toggled = new Promise((r) => details.addEventListener('toggle', r, { once: true }));
    clickOn(details.querySelector('summary')!);
    await toggled;
    await this.settle();
  }

  /** Presses the form's main button: "Send my answers" (or "Continue" on a paged form). */
  async submit(): Promise<void> {
    const send = this.one('form .actions > cp-button:not([type="button"])');
    if (!send) throw new Error('The form has no send button (is it showing the thank-you page, or a problem?)');
    clickOn(send);
    await this.settle();
  }
}
