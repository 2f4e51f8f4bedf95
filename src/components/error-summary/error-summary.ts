import { html, nothing, type PropertyValues } from 'lit';
import { CpElement } from '../../core/base-element.js';
import { headingLevel } from '../../core/headings.js';
import { hostStyles } from '../../core/host-styles.js';
import { linkStyles } from '../../core/link-styles.js';
import { errorSummaryStyles } from './error-summary.styles.js';
import { targetStyles } from '../../core/targets.js';
import { PageTitleController } from '../../core/title.js';
import { errorSummaryStrings } from './error-summary.strings.js';

export interface SummaryError {
  /** The field with the problem: an element, or its id. */
  target: Element | string;
  message: string;
  /** The message's language, when it differs from the page's (a built-in message that fell back to English). */
  lang?: string;
}

type Validatable = Element & {
  validate?: () => boolean;
  validationMessage?: string;
  validationLang?: () => string | undefined;
  focus(o?: FocusOptions): void;
};

/**
 * @summary Lists every problem at the top of a form after it is submitted, then takes focus, as the GOV.UK error summary does.
 *
 * Put it at the top of a `<form>` (or point `for` at the form's id) and it needs no script:
 * when the form is submitted with problems it cancels the browser's own messages, shows each
 * control's error, lists them here with links, and moves focus here so a screen reader reads
 * "There is a problem" and the list. Each link moves focus to its field. Pages can also set
 * `errors` themselves, for example with errors from a server.
 *
 * @slot title - Replaces the "There is a problem" heading.
 * @csspart summary - The box.
 * @csspart title - The heading.
 * @csspart list - The list of links.
 *
 * @fires cp-error-summary - When the summary shows errors after a submit. `detail.count` is the number of errors.
 * @attr {boolean} keep-title - Leaves the page title alone. Otherwise, while errors show, the title starts "Error: ", as on GOV.UK. Also works on any element around the summary.
 *
 * @a11y-criterion 2.4.2 | While errors show, the page title starts "Error: ", as on GOV.UK, and loses it when they are cleared. `keep-title` turns this off.
 * @a11y-criterion 2.4.3 | After a failed submit, focus moves to the summary; each link moves focus to its field.
 * @a11y-criterion 2.4.6 | A heading, "There is a problem", then one link per error, worded as beside the field.
 * @a11y-criterion 3.3.1 | Lists every error after a submit, linked to its field, as the GOV.UK error summary does.
 * @a11y-criterion 3.3.3 | The messages say what to do ("Enter…", "Select…"), the same words as beside each field.
 * @a11y-key (after a failed submit) | Focus moves to the summary, which is read out.
 * @a11y-key Tab | Moves through the links.
 * @a11y-key Enter | On a link, moves focus to its field and scrolls the field's label into view.
 * @a11y-role Summary | alert, focusable (`tabindex="-1"`) | Its heading, "There is a problem" (`aria-labelledby`) | —
 * @a11y-role Title | heading (level from `heading-level`) | — | —
 * @a11y-role Each error | link | The error message | —
 */
export class CpErrorSummary extends CpElement {
  static override styles = [hostStyles, linkStyles, targetStyles, errorSummaryStyles];
  static override properties = {
    ...CpElement.properties,
    errors: { type: Array },
    for: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };
  static override readonly strings = errorSummaryStrings;

  /** The errors to list. Empty means the summary is not shown. */
  declare errors: SummaryError[];
  /** The id of the form to watch. Defaults to the form around the summary. */
  declare for?: string;
  /** The heading level of "There is a problem" (default 2). */
  declare headingLevel: number;
  private form?: HTMLFormElement | null;
  private pending: Validatable[] = [];
  private readonly pageTitle = new PageTitleController(this);

  constructor() {
    super();
    this.errors = [];
    this.headingLevel = 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watch();
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watch(true);
  }
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // "Error: " in the title tells screen reader users the page has errors before they hear them.
    if (changed.has('errors')) this.pageTitle.setError(this.errors.length > 0);
  }
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('for') && this.isConnected) {
      this.watch(true);
      this.watch();
    }
  }

  private watch(stop = false): void {
    const method = stop ? 'removeEventListener' : 'addEventListener';
    if (!stop) {
      this.form = this.for
        ? ((this.getRootNode() as Document | ShadowRoot).getElementById?.(this.for) as HTMLFormElement)
        : this.closest('form');
    }
    this.form?.[method]('invalid', this.onInvalid, true);
    this.form?.[method]('submit', this.onSubmit, true);
  }

  // Each invalid control fires `invalid` during one submit: collect them, then show them together.
  private onInvalid = (e: Event): void => {
    e.preventDefault();
    if (!this.pending.length) queueMicrotask(() => this.collect());
    this.pending.push(e.target as Validatable);
  };

  // A form with `novalidate` submits without checking: check it here and stop it if needed.
  // (Without `novalidate` the browser checks first and fires `submit` only when all is well.)
  private onSubmit = (e: Event): void => {
    if (this.form?.checkValidity()) {
      this.errors = [];
    } else {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };

  private collect(): void {
    const invalid = new Set(this.pending);
    this.pending = [];
    // Revalidate every control so fixed ones lose their old error and new ones show theirs.
    for (const el of this.form?.elements ?? []) (el as Validatable).validate?.();
    this.errors = [...(this.form?.elements ?? [])]
      .filter((el) => invalid.has(el as Validatable))
      .map((el) => ({
        target: el,
        message: (el as Validatable).validationMessage ?? '',
        lang: (el as Validatable).validationLang?.(),
      }));
    this.show();
  }

  /** Moves focus to the summary, as after a failed submit. */
  async show(): Promise<void> {
    await this.updateComplete;
    if (!this.errors.length) return;
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
    this.emit('cp-error-summary', { count: this.errors.length });
  }

  private target(error: SummaryError): Validatable | null {
    return typeof error.target === 'string'
      ? ((this.getRootNode() as Document | ShadowRoot).getElementById?.(error.target) as Validatable | null)
      : (error.target as Validatable);
  }

  private onLinkClick(e: Event, error: SummaryError): void {
    const target = this.target(error);
    if (!target) return;
    e.preventDefault();
    target.focus({ preventScroll: true });
    // Show the field's label or legend too, not just the input, as GOV.UK does.
    target.scrollIntoView({ block: 'start' });
  }

  protected override render() {
    if (!this.errors.length) return nothing;
    const level = headingLevel(this.headingLevel);
    return html`<div class="summary" part="summary" tabindex="-1" role="alert" aria-labelledby="title">
      <div role="heading" aria-level=${level} id="title" class="title" part="title">
        <slot name="title">${this.tl('errorSummaryTitle')}</slot>
      </div>
      <ul class="list" part="list">
        ${this.errors.map((error) => {
          const id = typeof error.target === 'string' ? error.target : error.target.id;
          return html`<li>
            <a class="target" href=${id ? `#${id}` : '#'} lang=${error.lang || nothing} @click=${(e: Event) => this.onLinkClick(e, error)}>${error.message}</a>
          </li>`;
        })}
      </ul>
    </div>`;
  }
}
