import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/components/impact-panel/index.js';
import type { CpImpactPanel, ImpactData } from '../src/components/impact-panel/index.js';
import { registerStrings } from '../src/core/strings.js';
import { arabicData, arabicStrings } from './data/impact-panel/arabic.js';
import { foodProject } from './data/impact-panel/food-project.js';
import { fromCollector } from './data/impact-panel/from-collector.js';
import { generateItems } from './data/impact-panel/generate.js';
import { unusable, withProblems } from './data/impact-panel/problems.js';
import { youthBoard } from './data/impact-panel/youth-board.js';
import { accessibility, narrow, rtl, themed } from './helpers.js';

registerStrings('ar', arabicStrings);

type Args = {
  data?: ImpactData;
  src?: string;
  layout: 'cards' | 'list' | 'compact';
  filterTheme: string;
  filterStatus: string;
  search: string;
  sort: 'newest' | 'status';
};

const meta: Meta<Args> = {
  title: 'You said, we did/Impact panel',
  component: 'cp-impact-panel',
  args: { data: foodProject, src: '', layout: 'cards', filterTheme: '', filterStatus: '', search: '', sort: 'newest' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['cards', 'list', 'compact'] },
    sort: { control: 'inline-radio', options: ['newest', 'status'] },
    filterStatus: {
      control: 'select',
      options: ['', 'considering', 'planned', 'in-progress', 'done', 'partly-done', 'not-possible'],
    },
  },
  render: (a) => html`<cp-impact-panel
    .data=${a.data}
    src=${a.src || nothing}
    layout=${a.layout}
    filter-theme=${a.filterTheme || nothing}
    filter-status=${a.filterStatus || nothing}
    search=${a.search || nothing}
    sort=${a.sort}
  ></cp-impact-panel>`,
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'Closes the loop with the people who gave their time: what they said (how many, where, when), what was done, what is still under way, and what could not be done and why. Status is shown in words with a picture, never by colour alone; "Partly done" and "Not possible" show their reason as prominently as the action. Data comes from the `data` property, a `src` URL or an inline `<script type="application/json">`, checked against `impact-panel.schema.json`.',
          keyboard: [
            'Tab moves through the theme, status and sort lists, the search box, then each item’s "More about this" button.',
            'Enter or Space on "More about this" shows or hides the quotes, timeline and links.',
            'The lists are native selects: arrow keys choose, and the page filters at once.',
          ],
          screenReader: [
            'The title is a heading (level 2 by default, `heading-level` to change it); each item is a heading one level below, starting "You said".',
            'Each status is read as words, such as "Status: Not possible"; the pictures are hidden from screen readers.',
            'After a filter, search or sort change, the number of matching items is announced politely: "Showing 3 of 10 updates".',
            '"More about this, button, collapsed", with the item’s heading as its description.',
            'Loading is announced politely; a failed load or unusable data is announced as an alert, with a "Try again" button for a failed load.',
          ],
          errors:
            'Items that break the schema (for example "Not possible" without a reason, or an unknown status) are left out and listed in the console for the page author, naming each bad field and the item’s `id`, such as `items[3].reason: is required (the entry with id "ysw-014")`. The rest still show. A failed load says "Sorry, this could not be loaded…" with "Try again"; unusable data says "Sorry, this cannot be shown because its content has a problem."',
          limitations: [
            'Printing prints the items that match the current choices (every item when none is made), each with its quotes, timeline and links, and the line "Showing N of M updates"; the controls are left out.',
            'Search finds the letters typed, in that order, anywhere in an item’s words (so “bus” also finds “minibus”), ignoring case and accents; it does not look at dates or numbers.',
            'With more than 100 items, items off screen are laid out only when scrolled near (`content-visibility: auto`). Automated checkers can misjudge the contrast of those items (axe-core issue 2768): scroll them into view to check.',
            'Closed items add their quotes, timeline and links when the browser announces printing (`beforeprint`), so the developer tools’ print emulation alone shows them closed.',
          ],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A community food partnership: crime and transport keep people from the cheaper shops. Every status appears. */
export const Default: Story = {};
/** A youth advisory board's changes to a study's information sheet, survey and plans, as a list. */
export const YouthBoardList: Story = { args: { data: youthBoard, layout: 'list' } };
export const Compact: Story = { args: { layout: 'compact' } };
/** As a collector publishes it: "Raised by 23 people", counted from the feedback staff linked to each item (never who), with when it was first raised and last updated. */
export const RaisedBy: Story = { args: { data: fromCollector } };
/** Filtered to "Not possible", as a page can link to with `filter-status`. */
export const FilteredByStatus: Story = { args: { filterStatus: 'not-possible' } };
export const Searched: Story = { args: { search: 'bus' } };
export const NothingMatches: Story = { args: { search: 'swimming pool' } };
export const SortedByStatus: Story = { args: { data: youthBoard, sort: 'status' } };
/** 1,000 items over eight themes (see `stories/data/impact-panel/generate.ts`). */
export const ThousandItems: Story = { args: { data: generateItems(1000) } };
/** Two items break the schema: they are left out and named in the console; the others show. */
export const ErrorsInData: Story = { args: { data: withProblems } };
/** Data with no `items` list cannot be shown at all. */
export const UnusableData: Story = { args: { data: unusable } };
export const Empty: Story = { args: { data: { title: 'You said, we did', items: [] } } };
/** While the `src` is loading (shown here without a real request). */
export const Loading: Story = {
  args: { data: undefined },
  render: () => html`<cp-impact-panel
    ${ref((el) => {
      if (el) (el as CpImpactPanel).loader.state = 'loading';
    })}
  ></cp-impact-panel>`,
};
/** A `src` that cannot be loaded: a plain message and "Try again", never a blank box. */
export const FailedToLoad: Story = { args: { data: undefined, src: '/impact-panel/no-such-file.json' } };
/** Data from a `src` URL (here a `data:` URL, so the story needs no server). */
export const FromSrc: Story = {
  args: { data: undefined, src: `data:application/json,${encodeURIComponent(JSON.stringify(youthBoard))}` },
};
/** Data in an inline `<script type="application/json">`: the panel works with no script of the page’s own. */
export const FromInlineJson: Story = {
  // Lit cannot bind inside <script>, so the story writes the JSON as HTML, as a page would.
  render: () => html`<cp-impact-panel layout="list"
    >${unsafeHTML(`<script type="application/json">${JSON.stringify({ title: 'You said, we did', items: youthBoard.items.slice(0, 3) })}</script>`)}</cp-impact-panel
  >`,
};
export const RightToLeft: Story = { args: { data: arabicData }, decorators: [rtl] };
export const Dark: Story = { decorators: [themed('dark')] };
export const HighContrast: Story = { decorators: [themed('high-contrast')] };
/** 320 CSS pixels wide: cards become one column and the controls stack. */
export const Narrow: Story = { decorators: [narrow] };
/**
 * Print this page (print preview shows it): every item shown is printed in full, quotes,
 * timeline and links included, and the controls are left out. (Print emulation in the
 * developer tools shows the layout, but not the quotes of closed items: those are added when
 * the browser announces printing.)
 */
export const Print: Story = { args: { data: youthBoard } };
