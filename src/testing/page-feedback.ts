import { clickOn, textOf } from './dom.js';
import { WidgetHarness } from './widget.js';

/**
 * Uses a `<cp-page-feedback>` ("Is this page useful?") the way a person does: Yes, No, "Report
 * a problem with this page", the text boxes by their labels, Send and Cancel.
 *
 * ```ts
 * const prompt = PageFeedbackHarness.in(document);
 * await prompt.no();
 * await prompt.field('What went wrong?').fill('The map does not load');
 * await prompt.send();
 * expect(await prompt.thanked()).toContain('Thank you');
 * ```
 */
export class PageFeedbackHarness extends WidgetHarness {
  static override tag = 'cp-page-feedback';

  /** The question asked: "Is this page useful?". */
  question(): string {
    return textOf(this.one('.question'));
  }

  private async click(selector: string, what: string): Promise<void> {
    const el = this.one(selector);
    if (!el) throw new Error(`There is no ${what} on screen`);
    clickOn(el);
    await this.settle();
  }

  /** Presses Yes. */
  yes = (): Promise<void> => this.click('.yes', 'Yes button');

  /** Presses No (which opens the form). */
  no = (): Promise<void> => this.click('.no', 'No button');

  /** Presses "Report a problem with this page" (which opens the form). */
  report = (): Promise<void> => this.click('.report', '"Report a problem" button');

  /** The open form's heading ('' while it is closed). */
  heading(): string {
    return textOf(this.one('form .heading'));
  }

  /** Presses Send in the open form. */
  send = (): Promise<void> => this.click('.send', 'Send button (is the form open?)');

  /** Presses Cancel in the open form. */
  cancel = (): Promise<void> => this.click('.cancel', 'Cancel button (is the form open?)');
}
