import { clickOn, fold, textOf } from './dom.js';
import type { FieldHarness } from './field.js';
import { WidgetHarness } from './widget.js';

/**
 * Goes through a `<cp-consent-flow>` the way a person does: reads each step's heading, agrees to
 * statements by their words, and presses Continue, Back and finally Send.
 *
 * ```ts
 * const flow = ConsentFlowHarness.in(document);
 * await flow.continue();                        // "Step 2 of 6 Payment and thanks"
 * await flow.continue();
 * await flow.agree('I agree to take part');
 * await flow.finish();                          // through to "Consent given"
 * ```
 */
export class ConsentFlowHarness extends WidgetHarness {
  static override tag = 'cp-consent-flow';

  /** The study's title. */
  title(): string {
    return textOf(this.one('.title'));
  }

  /** The step's heading, with its number: "Step 1 of 6 About taking part". */
  step(): string {
    return textOf(this.one('.heading'));
  }

  /** The step's heading element (focus moves to it on each step). */
  stepHeading(): HTMLElement | null {
    return this.one('.heading');
  }

  /** The statements on this step, by their words (without " (optional)"). */
  statements(): string[] {
    return this.fields(this.one('form') ?? this.root)
      .filter((f) => f.element.localName === 'cp-checkbox-group')
      .map((f) => f.name);
  }

  /** A statement's checkbox group, by the statement's words. */
  statement(words: string): FieldHarness {
    return this.field(words);
  }

  /** Ticks (or, with `on: false`, unticks) the box under a statement, found by its words. */
  async agree(words: string, on = true): Promise<void> {
    const box = this.statement(words);
    const input = box.element.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    if (input.checked !== on) input.click();
    await this.settle();
  }

  /** Whether the box under a statement is ticked. */
  agreed(words: string): boolean {
    return !!this.statement(words).element.shadowRoot!.querySelector<HTMLInputElement>('input')?.checked;
  }

  /** Presses Continue (or Send on the last step), and waits for the next step to render. */
  async continue(): Promise<void> {
    const next = this.one('form > cp-button.next');
    if (!next) throw new Error(`There is no Continue button on '${this.step()}'`);
    clickOn(next);
    await this.settle();
  }

  /** Follows the Back link. */
  async back(): Promise<void> {
    const back = this.one('a.back');
    if (!back) throw new Error(`There is no Back link on '${this.step()}'`);
    clickOn(back);
    await this.settle();
  }

  /** Whether there is a Back link on this step. */
  hasBack(): boolean {
    return !!this.one('a.back');
  }

  /** Switches between the standard and Easy Read text; gives the switch's new words. */
  async easyRead(): Promise<string> {
    const toggle = this.one('form > cp-button[type="button"]');
    if (!toggle) throw new Error('This study has no Easy Read version');
    clickOn(toggle);
    await this.settle();
    return textOf(toggle);
  }

  /** Presses Continue until the last step, then Send. Stops with the step's errors if a step does not move on. */
  async finish(): Promise<void> {
    for (let i = 0; i < 20 && this.one('form > cp-button.next'); i++) {
      const before = this.step();
      await this.continue();
      if (this.step() === before && this.one('form > cp-button.next'))
        throw new Error(`'${before}' did not move on. Errors: ${this.errors().join('; ') || '(none)'}`);
    }
  }
}

/**
 * Uses a `<cp-consent-withdraw>` the way a person does: ticks what to withdraw by its words,
 * gives a reason, sends; changes the credit; or finds a consent by reference and key.
 */
export class ConsentWithdrawHarness extends WidgetHarness {
  static override tag = 'cp-consent-withdraw';

  /** Every heading on screen, in order. */
  headings(): string[] {
    return this.all('h2').map(textOf);
  }

  /** The words of every list item on screen (for example, what was withdrawn). */
  listed(): string[] {
    return this.all('li').map(textOf);
  }

  /** Presses the button of one of the forms ('withdraw', 'credit-change' or 'manage'), or the first one. */
  async send(form?: 'withdraw' | 'credit-change' | 'manage'): Promise<void> {
    const button = this.one(form ? `form.${form} cp-button` : 'cp-button');
    if (!button) throw new Error(form ? `There is no ${form} form on screen` : 'There is no button on screen');
    clickOn(button);
    await this.settle();
  }

  /** Ticks these statements (by their words) under "What would you like to withdraw from?", then gives the reason, if any. */
  async withdraw(statements: string[], reason?: string): Promise<void> {
    const [what] = this.fields(this.one('form.withdraw') ?? this.root).filter(
      (f) => f.element.localName === 'cp-checkbox-group',
    );
    if (!what) throw new Error('There is no list of statements to withdraw from (withdrawing is from everything)');
    await what.tick(...statements.map(fold));
    if (reason !== undefined)
      await this.fields(this.one('form.withdraw')!)
        .find((f) => f.element.localName === 'cp-textarea')!
        .fill(reason);
    await this.settle();
  }
}
