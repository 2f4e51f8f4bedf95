import { html, nothing, type TemplateResult } from 'lit';
import { formatLocale } from '../../core/locale.js';
import { CpDataElement } from '../../core/data-element.js';
import { headingLevel } from '../../core/headings.js';
import { languageSwitch } from '../../core/language-switch-slot.js';
import { DataController } from '../../core/data-controller.js';
import { check, type Schema } from '../../core/schema.js';
import { stringsVersion, type StringKey } from '../../core/strings.js';
import { baseStyles, fieldStyles } from '../../core/styles.js';
import '../button/index.js';
import { creditsStrings } from './credits.strings.js';
import schemaJson from '../../contract/schemas/credits.schema.json';
import { creditsStyles } from './credits.styles.js';
import { creditsJsonLd, creditsPeople } from './json-ld.js';
import { shownName } from '../../contract/redact.js';
import { creditsModel, type CreditsModel, type CreditSection } from './sections.js';
import type { CreditsData as CreditsInput } from '../../contract/credits.js';
import type { Contributor, CreditsData, CreditsGroupBy } from './types.js';

const schema = schemaJson as unknown as Schema & { $defs: { role: Schema } };
/** The data's check leaves `roles` to the widget, which leaves out (with a warning) only a bad role, not everything. */
const lenient: Schema = { ...schema, properties: { ...schema.properties, roles: { type: 'object' } } };

declare module '../../core/base-element.js' {
  interface CpEventDetails {
    'cp-credits-copy': { text: string; copied: boolean };
  }
}
/**
 * @summary Credits everyone who took part, each the way they chose: full name, first name, initials, pseudonym, a named group, counted but not named, or not at all.
 *
 * Give it credits data (the `data` property, a `src` URL, or a `<script type="application/json">`
 * child, which is removed from the page once read). People are grouped by role (or by
 * organisation, or not at all) and sorted for the page's language. People who chose not to be
 * named are counted: "and 37 people who chose not to be named". People marked `hidden` are left
 * out of everything: the page, the counts, the copied text and the structured data.
 * "Copy acknowledgement" copies a plain-text sentence for reports and funders.
 *
 * @csspart title - The heading.
 * @csspart section - One group of people: a role, an organisation, or everyone else.
 * @csspart heading - The heading of a group.
 * @csspart list - A list of names.
 * @csspart copy - The "Copy acknowledgement" button, its message and, when copying is not possible, the text to copy.
 *
 * @fires cp-credits-copy - When "Copy acknowledgement" is pressed. `detail.text` is the acknowledgement; `detail.copied` is false when the browser did not allow copying and the text is shown to copy by hand.
 *
 * @a11y-criterion 1.3.1 | The title and each group are headings; each group is a list (`role="list"` kept for Safari).
 * @a11y-criterion 1.3.2 | Each name is isolated with `<bdi>`, so a right-to-left name in a left-to-right page (and the reverse) reads in the right order.
 * @a11y-criterion 2.1.1 | "Copy acknowledgement" is a real button; when the clipboard is unavailable the text appears in a read-only box, focused and selected, to copy with the keyboard.
 * @a11y-criterion 4.1.3 | "Acknowledgement copied" is announced from a polite live region that is on the page before anything is copied.
 * @a11y-key Tab | Reaches each name that has a link, then "Copy acknowledgement".
 * @a11y-key Enter or Space | On "Copy acknowledgement", copies it.
 * @a11y-key Ctrl+C or Cmd+C | Copies the selected text when the browser did not allow copying.
 * @a11y-role Title and groups | heading (levels from `heading-level`) | — | —
 * @a11y-role Each group of names | list | — | "list, 42 items"
 * @a11y-role "Copy acknowledgement" | button (`<cp-button>`) | Its text | —
 * @a11y-role Copy message | status (polite) | — | Emptied first, so a second copy is announced again
 * @a11y-role Text to copy by hand | textbox, read-only | Its label | Takes focus with all of its text selected
 */
export class CpCredits extends CpDataElement<CreditsInput, CreditsData> {
  static override styles = [baseStyles, fieldStyles, creditsStyles];
  static override readonly strings = creditsStrings;
  static override properties = {
    ...CpDataElement.properties,
    groupBy: { attribute: 'group-by' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    copied: { state: true },
  };

  /** Groups people by `role` (default), by `organisation`, or not at all (`none`). */
  declare groupBy: CreditsGroupBy;
  /** Adds schema.org JSON-LD naming the people credited by a personal name (never anyone else). */
  declare structuredData: boolean;
  /** The level of the main heading (default 2); group headings are one level below. */
  declare headingLevel: number;
  declare private copied?: boolean;

  override readonly loader: DataController<CreditsData> = new DataController(this, {
    schema: lenient,
    texts: schema,
    partial: 'contributors',
  });
  private cache?: { key: unknown[]; model: CreditsModel };
  // Made only when needed: the first date format of a page can take several milliseconds.
  private dates?: Intl.DateTimeFormat;
  private lists?: Intl.ListFormat;
  private months: Record<string, string> = {};
  private ld?: HTMLScriptElement;

  constructor() {
    super();
    this.groupBy = 'role';
    this.structuredData = false;
    this.headingLevel = 2;
  }

  private model(data: CreditsData): CreditsModel {
    const key = [data, this.groupBy, this.env.lang, stringsVersion];
    if (this.cache?.key.every((k, i) => k === key[i])) return this.cache.model;
    const { lang } = this.env;
    const raw = this.loader.raw?.roles as Record<string, unknown> | undefined;
    const checkRole = (id: string, role: unknown) => check(schema.$defs.role, raw?.[id] ?? role, `roles.${id}`, schema);
    const model = creditsModel(data, this.groupBy, new Intl.Collator(lang), checkRole, (key) => {
      const text = this.t(key as StringKey);
      return text === key ? undefined : text;
    });
    this.dates = this.lists = undefined;
    this.months = {};
    if (model.problems.length)
      console.warn(
        `<cp-credits>: some roles could not be used:\n${model.problems.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`,
      );
    this.cache = { key, model };
    return model;
  }

  /** A month, or a range of months, in the page's language. Cached: people often share dates. */
  private month(from?: string, to?: string): string {
    const key = `${from}/${to}`;
    const format = (this.dates ??= new Intl.DateTimeFormat(formatLocale(this.env.lang), {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }));
    const [a, b] = [from, to].map((d) => new Date(d!));
    return (this.months[key] ??= from && to ? format.formatRange(a!, b!) : format.format(from ? a : b));
  }

  /** The details after a name (roles, organisation, with lived experience, dates), leaving out what the group heading says. */
  private about(c: Contributor, { roles }: CreditsModel, all = false): string {
    if (c.credit === 'group') return '';
    const by = all ? '' : this.groupBy;
    const { from, to } = c;
    const details = [
      ...(by === 'role' ? [] : (c.roles ?? []).map((r) => roles[r]?.label ?? r)),
      by === 'organisation' ? '' : (c.organisation ?? ''),
      c.livedExperience ? this.t('creditsLived') : '',
      from && to
        ? this.month(from, to)
        : from
          ? this.t('creditsSince', { date: this.month(from) })
          : to
            ? this.t('creditsUntil', { date: this.month(undefined, to) })
            : '',
    ].filter(Boolean);
    // The page language's own list separators ("، " in Arabic), not an English ", ".
    return details.length
      ? (this.lists ??= new Intl.ListFormat(formatLocale(this.env.lang), { type: 'unit', style: 'short' })).format(
          details,
        )
      : '';
  }

  /** A name and its details as one translatable string (`creditsNamed`): the text before and after the name. */
  private around(details: string): [before: string, after: string] {
    if (!details) return ['', ''];
    const [before = '', after = ''] = this.t('creditsNamed', { name: '\0', details }).split('\0');
    return [before, after];
  }

  /** The plain-text acknowledgement "Copy acknowledgement" copies, honouring every credit choice. */
  acknowledgement(): string {
    const data = this.loader.value;
    if (!data) return '';
    const model = this.model(data);
    const { named, anonymous } = model.all;
    const items = named.map((c) => {
      const details = this.about(c, model, true);
      return details ? this.t('creditsNamed', { name: shownName(c)!, details }) : shownName(c)!;
    });
    if (anonymous) items.push(this.t('creditsAnonymous', { count: anonymous }));
    const list = new Intl.ListFormat(formatLocale(this.env.lang), { type: 'conjunction' }).format(items);
    return items.length ? this.t('creditsCopyText', { list }) : '';
  }

  /** Copies the acknowledgement, or shows it to copy by hand when the browser does not allow it. */
  async copy(): Promise<boolean> {
    const text = this.acknowledgement();
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // No clipboard (an insecure page, an old browser, or permission refused): show the text instead.
    }
    // Empty the message first, so the same message is announced again on a second copy.
    this.copied = undefined;
    await this.updateComplete;
    this.copied = copied;
    await this.updateComplete;
    this.emit('cp-credits-copy', { text, copied });
    const box = this.renderRoot.querySelector('textarea');
    box?.focus();
    box?.select();
    return copied;
  }

  protected override updated(): void {
    const { value, state } = this.loader;
    // Inline JSON holds every name, so it leaves the page once read.
    if (state !== 'empty' && this.data === undefined && !this.src)
      this.querySelector(':scope > script[type="application/json"]')?.remove();
    if (this.structuredData && value && creditsPeople(value.contributors).length) {
      this.ld ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
      this.ld.textContent = creditsJsonLd(value.contributors);
      if (this.ld.parentNode !== this) this.append(this.ld);
    } else this.ld?.remove();
  }

  private renderSection({ key, named, anonymous }: CreditSection, model: CreditsModel, level: number): TemplateResult {
    const role = this.groupBy === 'role' ? model.roles[key] : undefined;
    const heading = key ? (role?.plural ?? role?.label ?? key) : model.sections[1] && this.t('creditsOther');
    return html`<div part="section">
      ${
        heading
          ? html`<div class="heading" part="heading" role="heading" aria-level=${level}>${this.say(heading)}</div>`
          : nothing
      }
      ${role?.description ? html`<p class="hint">${this.say(role.description)}</p>` : nothing}
      ${
        named.length
          ? html`<ul class="list" part="list" role="list">
            ${named.map((c) => {
              const [before, after] = this.around(this.about(c, model));
              // One template for each person: the list can be a thousand long.
              return c.url
                ? html`<li>${before}<a href=${c.url}><bdi>${shownName(c)}</bdi></a><span class="about">${after}</span></li>`
                : html`<li>${before}<bdi>${shownName(c)}</bdi><span class="about">${after}</span></li>`;
            })}
          </ul>`
          : nothing
      }
      ${
        anonymous
          ? html`<p>
            ${this.tl(named.length ? 'creditsAnd' : 'creditsAnonymous', {
              count: anonymous,
              rest: this.t('creditsAnonymous', { count: anonymous }),
            })}
          </p>`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    return html`${languageSwitch(this.languages)}${this.content()}`;
  }

  private content() {
    return this.loader.render((data) => {
      const model = this.model(data);
      const level = headingLevel(this.headingLevel, 5);
      const { copied } = this;
      const { named, anonymous } = model.all;
      return html`<div class="title" part="title" role="heading" aria-level=${level}>
          ${data.title ? this.say(data.title) : this.tl('creditsTitle')}
        </div>
        ${
          named.length || anonymous
            ? html`${model.sections.map((s) => this.renderSection(s, model, level + 1))}
              <div class="copy" part="copy">
                <cp-button type="button" variant="secondary" @click=${this.copy}>${this.tl('creditsCopy')}</cp-button>
                <p class="status" role="status">${copied === undefined ? '' : this.tl(copied ? 'creditsCopied' : 'creditsCopyFailed')}</p>
                ${
                  copied === false
                    ? html`<label class="label" for="text">${this.tl('creditsCopyLabel')}</label>
                      <textarea class="input" id="text" readonly rows="6" .value=${this.acknowledgement()}></textarea>`
                    : nothing
                }
              </div>`
            : html`<p>${this.tl('creditsEmpty')}</p>`
        }`;
    });
  }
}
