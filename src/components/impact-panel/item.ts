import { html, nothing, render } from 'lit';
import type { StringKey } from '../../core/strings.js';
import { ICONS, statusKey } from './status.js';
import type { ImpactItem, ImpactStatus } from './types.js';

/** An item with what sorting and searching need, worked out once per data, and its rendered element. */
export interface Row {
  item: ImpactItem;
  /** Its place in the data: the stable key for ids and the open/closed state. */
  i: number;
  /** Every word of the item, folded for searching (worked out at the first search). */
  text?: string;
  /** Its newest date (`updatedOn`, else `saidOn`), for "Newest first". */
  date: string;
  /** The item's `<li>`, made the first time the item is shown, and again for new words or a new heading level. */
  el?: HTMLLIElement;
  /** What the `<li>` was last made or opened with. */
  ctx?: ItemContext;
  open?: boolean;
  printing?: boolean;
}

/** What rendering an item needs from the panel, with strings and dates worked out once per render. */
export interface ItemContext {
  t(key: StringKey, vars?: Record<string, string | number>): string;
  /** `t(key, { [name]: words })`, for words that are not a number. */
  put(key: StringKey, name: string, words: string): string;
  date(iso: string): string;
  /** Words from the data, in `<span lang>` when they fell back to another language (`CpElement.say`). */
  say(words: string | undefined): unknown;
  level: number;
}

/** When it was raised: the page's own `saidOn`, else the collector's `raisedAt` (the first linked feedback). */
export const saidOf = (item: ImpactItem): string | undefined => item.saidOn ?? item.raisedAt;
/** When it last changed: the later of the page's own `updatedOn` and the collector's `updatedAt`. */
export const updatedOf = ({ updatedOn: a, updatedAt: b }: ImpactItem): string | undefined =>
  a && b ? (a < b ? b : a) : (a ?? b);

const part = (label: string, list: unknown[], content: unknown) =>
  list.length ? html`<p class="label">${label}</p>${content}` : nothing;

/** The quotes, timeline and links behind "More about this": rendered once opened, or to print. */
const more = (c: ItemContext, { quotes = [], timeline = [], links = [] }: ImpactItem) =>
  html`${part(
    c.t('impactPanelQuotes'),
    quotes,
    quotes.map((q) => html`<blockquote>${c.say(q)}</blockquote>`),
  )}
    ${part(
      c.t('impactPanelTimeline'),
      timeline,
      html`<ol>
        ${timeline.map((e) => html`<li><time datetime=${e.date}>${c.date(e.date)}</time> ${c.say(e.text)}</li>`)}
      </ol>`,
    )}
    ${part(
      c.t('impactPanelLinks'),
      links,
      html`<ul>
        ${links.map((l) => html`<li><a href=${l.href}>${c.say(l.label)}</a></li>`)}
      </ul>`,
    )}`;

// With 1,000 items, a first render is mostly making elements. So each item is a copy of an empty
// item for its status, made once per context with its labels, picture and heading level in
// place, then filled with the item's own words: far fewer bindings to set up and nodes to make
// than a template per item. Parts an item does not have are `hidden`.
const shapes = new WeakMap<ItemContext, Record<string, Element>>();

/** The empty `<li>` for a status, with or without "More about this"; its children in the order `renderItem` fills them. */
function shape(c: ItemContext, s: ImpactStatus, extra: boolean): Element {
  const made = shapes.get(c) ?? {};
  shapes.set(c, made);
  if (!made[s + extra]) {
    const ul = document.createElement('ul');
    const why =
      s === 'partly-done' ? 'impactPanelWhyPartly' : s === 'not-possible' ? 'impactPanelWhyNot' : 'impactPanelWhy';
    render(
      html`<li class="item" part="item" data-s=${s}>
        <div class="said" role="heading" aria-level=${c.level}><span class="label">${c.t('impactPanelYouSaid')}</span></div>
        <p class="status">
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="8" cy="8" r="7" />
            <path d=${ICONS[s]} />
          </svg><span class="vh">${c.t('impactPanelStatusPrefix')} </span>${c.t(statusKey(s))}
        </p>
        <ul class="meta"><li></li><li></li><li></li><li></li><li></li></ul>
        <div class="act"><p class="label">${c.t(/done|not/.test(s) ? 'impactPanelWeDid' : 'impactPanelWeAreDoing')}</p><p></p></div>
        <div class="act"><p class="label">${c.t(why)}</p><p></p></div>
        <div class="act"><p class="label">${c.t('impactPanelNext')}</p><p></p></div>
        ${extra ? html`<button type="button" class="toggle" aria-expanded="false">${c.t('impactPanelMore')}</button><div class="more" hidden></div>` : nothing}<p class="muted"></p>
      </li>`,
      ul,
    );
    made[s + extra] = ul.firstElementChild!;
  }
  return made[s + extra]!;
}

/**
 * Puts words in an element, or hides `box` (the element itself unless given) when there are
 * none. Words from the data (`data`) are said as `CpElement.say` says them: in `<span lang>`
 * when they fell back to another language.
 */
function fill(c: ItemContext, into: Element, words: string | 0 | undefined, data?: boolean, box = into) {
  const said = data ? c.say(words as string) : words;
  if (!words) (box as HTMLElement).hidden = true;
  else if (typeof said === 'string') into.append(said);
  else render(said, into as HTMLElement);
}

/**
 * Makes one item's `<li>` (as `row.el`): what people said (how many, where, when), its status in
 * words and a picture, what was done, why not (as prominent as the action), what happens next,
 * and a disclosure with the quotes, timeline and links.
 */
export function renderItem(c: ItemContext, row: Row, open: boolean, printing: boolean): void {
  const { item, i } = row;
  const { theme, peopleCount: people, raisedBy: raised, source } = item;
  const [saidOn, updatedOn] = [saidOf(item), updatedOf(item)];
  const extra = !!(item.quotes?.length || item.timeline?.length || item.links?.length);
  const el = (row.el = shape(c, item.status, extra).cloneNode(true) as HTMLLIElement);
  const [heading, , meta, ...acts] = el.children as unknown as HTMLElement[];
  heading!.id = `h${i}`;
  heading!.append(' ');
  fill(c, heading!, item.youSaid, true);
  const facts = [
    theme && c.put('impactPanelThemeIs', 'theme', theme),
    people && c.t('impactPanelPeople', { count: people }),
    raised && c.t('impactPanelRaisedBy', { count: raised }),
    source && c.put('impactPanelWhere', 'source', source),
    saidOn && c.put('impactPanelWhen', 'date', c.date(saidOn)),
  ];
  facts.forEach((words, n) => fill(c, meta!.children[n]!, words));
  meta!.hidden = !facts.some(Boolean);
  [item.weDid, item.reason, item.nextSteps].forEach((words, n) =>
    fill(c, acts[n]!.lastElementChild!, words, true, acts[n]),
  );
  fill(c, el.lastElementChild!, updatedOn && c.put('impactPanelUpdated', 'date', c.date(updatedOn)));
  if (extra) {
    const [, , , toggle, details] = acts;
    toggle!.setAttribute('value', String(i));
    toggle!.setAttribute('aria-controls', (details!.id = `m${i}`));
    toggle!.setAttribute('aria-describedby', heading!.id);
    if (open || printing) showMore(c, row, open, printing);
  }
}

/** Opens or closes an item's disclosure: its quotes, timeline and links are in the page while it is open, or to print. */
export function showMore(c: ItemContext, row: Row, open: boolean, printing: boolean): void {
  const toggle = row.el!.querySelector('.toggle');
  if (!toggle) return;
  const details = toggle.nextElementSibling as HTMLElement;
  toggle.setAttribute('aria-expanded', String(open));
  details.hidden = !open;
  // A closed item that was never opened has nothing to take out.
  if (open || printing || details.firstChild) render(open || printing ? more(c, row.item) : nothing, details);
}
