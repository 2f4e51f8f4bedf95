import { html, nothing, type TemplateResult } from 'lit';
import type { CpElement } from '../../core/base-element.js';
import { formatLocale } from '../../core/locale.js';
import '../../core/quick-exit.strings.js';
import type { ConsentCredit, ConsentDefinition, ContactMethod, CreditChoice, PaymentChoice } from './types.js';

/** The words of the consent widgets' "Exit this page" bar, for `renderQuickExit` (quick-exit.ts). */
export const EXIT_WORDS = ['quickExit', 'quickExitHint'] as const;

export type ConsentStep =
  'staff' | 'age' | 'assent' | 'info' | 'payment' | 'statements' | 'credit' | 'access' | 'check' | 'done';

/** What the person has answered so far: kept in the draft and turned into the record. */
export interface ConsentAnswers {
  /** Showing the Easy Read version. */
  easy?: boolean;
  /** The ids of the statements ticked. */
  agreed: string[];
  /** How they would like to be paid: one of the payment step's options. */
  payment?: PaymentChoice | '';
  credit?: CreditChoice | '';
  creditName?: string;
  /** `['yes']` when the person ticked "Say that I took part with lived experience" (lived-experience.ts). */
  lived?: string[];
  access?: string;
  contact?: ContactMethod | '';
  /** Staff mode: how consent is being taken, and who is recording it (see staff.ts). */
  method?: 'verbal' | 'paper' | 'assisted' | '';
  recordedBy?: string;
  /** With `ageGroups`: the answer to "Are you under 16?" (see young-people.ts). */
  age?: 'under' | 'over' | 'not-said' | '';
  /** The ids of the statements the young person said yes to (their assent). */
  assented?: string[];
}

export const CREDITS: CreditChoice[] = ['full', 'first-name', 'initials', 'pseudonym', 'group', 'anonymous', 'hidden'];
export const CONTACTS: ContactMethod[] = ['email', 'phone', 'text', 'post', 'in-person'];

/** The choices that need a name typed in. */
export const named = (c?: string): c is Exclude<CreditChoice, 'anonymous' | 'hidden'> =>
  !!c && CREDITS.indexOf(c as CreditChoice) < 5;

/** The choices that may say "with lived experience": a named person, not a group, not anonymous or hidden. */
export const offersLived = (c?: string): boolean => named(c) && c !== 'group';

/** Whether the credit step offers the lived experience choice: on unless the definition says `askLivedExperience: false`. */
export const asksLived = (def?: { askLivedExperience?: boolean }): boolean => def?.askLivedExperience !== false;

/** The steps a definition has, in order (without the confirmation). */
export const stepsOf = (
  def: ConsentDefinition,
  who?: { staffMode?: boolean; answers?: ConsentAnswers },
): ConsentStep[] =>
  [
    who?.staffMode && 'staff',
    def.ageGroups && 'age',
    def.ageGroups && who?.answers?.age === 'under' && 'assent',
    'info',
    def.payment && 'payment',
    'statements',
    def.askCredit && 'credit',
    def.askAccessNeeds && 'access',
    'check',
  ].filter(Boolean) as ConsentStep[];

/**
 * The credit part of the record: the choice, the name under the key that choice uses, and
 * `livedExperience: true` only when it was offered (`lived`) and ticked.
 */
export function creditOf(a: ConsentAnswers, lived = true): ConsentCredit | undefined {
  const c = a.credit;
  if (!c) return undefined;
  const name = named(c) && a.creditName?.trim().slice(0, 200);
  const credit: ConsentCredit = name
    ? { credit: c, [c === 'pseudonym' || c === 'group' ? c : 'name']: name }
    : { credit: c };
  if (lived && offersLived(c) && a.lived?.includes('yes')) credit.livedExperience = true;
  return credit;
}

/**
 * The name and value of the field an `input` or `change` event came from, or nothing: text is
 * read as it is typed (a text field's `change` also fires when its step closes), choices on `change`.
 */
export function fieldOf(e: Event): [name: string, value: string | string[]] | undefined {
  const el = e.target as HTMLElement & { name?: string; value: string | string[] };
  return el.name && (e.type === 'input') !== 'items' in el ? [el.name, el.value] : undefined;
}

/** Plain text as paragraphs: a blank line starts a new one. With `host`, marked with `lang` when the words fell back to another language. */
export const paragraphs = (text?: string, host?: Pick<CpElement, 'langFor'>): TemplateResult | typeof nothing =>
  text
    ? html`${text.split(/\n\s*\n/).map((p) => html`<p class="text" lang=${host?.langFor(text) ?? nothing}>${p.trim()}</p>`)}`
    : nothing;

/** "£25", "£7.50": whole amounts without pence. */
export const money = (amount: number, currency: string, locale: string): string =>
  new Intl.NumberFormat(formatLocale(locale), {
    style: 'currency',
    currency,
    minimumFractionDigits: amount % 1 ? 2 : 0,
  }).format(amount);

/** A date in words, such as "1 February 2026": a day (YYYY-MM-DD) as it is, a moment in local time. */
export const longDate = (iso: string, locale: string): string =>
  new Date(iso).toLocaleDateString(formatLocale(locale), { dateStyle: 'long', timeZone: iso[10] ? undefined : 'UTC' });
