import { html, nothing } from 'lit';
import type { StringKey } from '../../core/strings.js';
import { ICONS, statusKey } from './status.js';
import type { ImpactItem } from './types.js';

/** An item with what sorting and searching need, worked out once per data, and its rendered element. */
export interface Row {
  item: ImpactItem;
  /** Its place in the data: the stable key for ids and the open/closed state. */
  i: number;
  /** Every word of the item, folded for searching (worked out at the first search). */
  text?: string;
  /** Its newest date (`updatedOn`, else `saidOn`), for "Newest first". */
  date: string;
  /** The item's `<li>`, made the first time the item is shown and kept while the data stays. */
  el?: HTMLLIElement;
  /** What the `<li>` was last rendered with. */
  ctx?: ItemContext;
  open?: boolean;
}

/** What rendering an item needs from the panel, with strings and dates worked out once per render. */
export interface ItemContext {
  t(key: StringKey, vars?: Record<string, string | number>): string;
  date(iso: string): string;
  /** Words from the data, in `<span lang>` when they fell back to another language (`CpElement.say`). */
  say(words: string | undefined): unknown;
  level: number;
  /** The page is being printed: every item shows its quotes, timeline and links. */
  printing?: boolean;
}

// Each item is one template with few nested ones: with 1,000 items, every nested template is
// 1,000 more to clone. Parts an item does not have are rendered `hidden`.

/** When it was raised: the page's own `saidOn`, else the collector's `raisedAt` (the first linked feedback). */
export const saidOf = (item: ImpactItem): string | undefined => item.saidOn ?? item.raisedAt;
/** When it last changed: the later of the page's own `updatedOn` and the collector's `updatedAt`. */
export const updatedOf = ({ updatedOn: a, updatedAt: b }: ImpactItem): string | undefined => (a && b ? (a < b ? b : a) : a ?? b);

const part = (label: string, list: unknown[], content: unknown) =>
  list.length ? html`<p class="label">${label}</p>${content}` : nothing;

/** The quotes, timeline and links behind "More about this": rendered once opened, or to print. */
const more = (c: ItemContext, { quotes = [], timeline = [], links = [] }: ImpactItem) =>
  html`${part(c.t('impactQuotes'), quotes, quotes.map((q) => html`<blockquote>${c.say(q)}</blockquote>`))}
    ${part(c.t('impactTimeline'), timeline, html`<ol>
        ${timeline.map((e) => html`<li><time datetime=${e.date}>${c.date(e.date)}</time> ${c.say(e.text)}</li>`)}
      </ol>`)}
    ${part(c.t('impactLinks'), links, html`<ul>
        ${links.map((l) => html`<li><a href=${l.href}>${c.say(l.label)}</a></li>`)}
      </ul>`)}`;

/**
 * The inside of one item's `<li>`: what people said (how many, where, when), its status in words
 * and a picture, what was done, why not (as prominent as the action), what happens next, and a
 * disclosure with the quotes, timeline and links.
 */
export function renderItem(c: ItemContext, { item, i }: Row, open: boolean) {
  const { status: s, theme, peopleCount: people, raisedBy: raised, source, weDid, reason, nextSteps } = item;
  const [saidOn, updatedOn] = [saidOf(item), updatedOf(item)];
  const extra = item.quotes?.length || item.timeline?.length || item.links?.length;
  const why = s === 'partly-done' ? 'impactWhyPartly' : s === 'not-possible' ? 'impactWhyNot' : 'impactWhy';
  // The build's minifier takes out the white space between elements: in the page it would be
  // 1,000 more text nodes for 1,000 items.
  return html`<div class="said" role="heading" aria-level=${c.level} id="h${i}">
      <span class="label">${c.t('impactYouSaid')}</span> ${c.say(item.youSaid)}
    </div>
    <p class="status">
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="7" />
        <path d=${ICONS[s]} />
      </svg><span class="vh">${c.t('impactStatusPrefix')} </span>${c.t(statusKey(s))}
    </p>
    <ul class="meta" ?hidden=${!(theme || people || raised || source || saidOn)}>
      <li ?hidden=${!theme}>${theme && c.t('impactThemeIs', { theme })}</li>
      <li ?hidden=${!people}>${people && c.t('impactPeople', { count: people })}</li>
      <li ?hidden=${!raised}>${raised && c.t('impactRaisedBy', { count: raised })}</li>
      <li ?hidden=${!source}>${source && c.t('impactWhere', { source })}</li>
      <li ?hidden=${!saidOn}>${saidOn && c.t('impactWhen', { date: c.date(saidOn) })}</li>
    </ul>
    <div class="act" ?hidden=${!weDid}>
      <p class="label">${c.t(/done|not/.test(s) ? 'impactWeDid' : 'impactWeAreDoing')}</p>
      <p>${c.say(weDid)}</p>
    </div>
    <div class="act" ?hidden=${!reason}>
      <p class="label">${c.t(why)}</p>
      <p>${c.say(reason)}</p>
    </div>
    <div class="act" ?hidden=${!nextSteps}>
      <p class="label">${c.t('impactNext')}</p>
      <p>${c.say(nextSteps)}</p>
    </div>
    ${extra
      ? html`<button type="button" class="toggle" value=${i} aria-expanded=${open} aria-controls="m${i}" aria-describedby="h${i}">
            ${c.t('impactMore')}
          </button>
          <div class="more" id="m${i}" ?hidden=${!open}>${open || c.printing ? more(c, item) : nothing}</div>`
      : nothing}
    <p class="muted" ?hidden=${!updatedOn}>${updatedOn && c.t('impactUpdated', { date: c.date(updatedOn) })}</p>`;
}
