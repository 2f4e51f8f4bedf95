import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/credits/index.js';
import type { CreditsData } from '../src/components/credits/types.js';
import { accessibility, narrow, rtl, themed } from './helpers.js';
import { storytellers100 } from './data/credits/storytellers.js';
import youthBoard from './data/credits/youth-board.json';
import partners from './data/credits/partners.json';
import rightToLeft from './data/credits/right-to-left.json';

/** The component's words in Arabic, for the right-to-left story. */
const arabic: Record<string, string> = {
  creditsOther: 'مساهمون آخرون',
  creditsLived: 'من ذوي التجربة المعاشة',
  creditsAnd: 'و{rest}',
  creditsAnonymous_one: 'شخص واحد اختار عدم ذكر اسمه',
  creditsAnonymous_two: 'شخصان اختارا عدم ذكر اسميهما',
  creditsAnonymous_few: '{count} أشخاص اختاروا عدم ذكر أسمائهم',
  creditsAnonymous_other: '{count} شخصًا اختاروا عدم ذكر أسمائهم',
  creditsCopy: 'نسخ نص الشكر',
  creditsCopyText: 'شارك في إعداد هذا العمل {list}.',
  creditsCopied: 'تم نسخ نص الشكر. يمكنك لصقه الآن.',
  creditsCopyFailed: 'لم يسمح المتصفح بالنسخ. حدد النص أدناه وانسخه.',
  creditsCopyLabel: 'نص الشكر',
};

const meta: Meta = {
  title: 'Widgets/Credits',
  component: 'cp-credits',
  args: { data: storytellers100, groupBy: 'role', headingLevel: 2, structuredData: false, strings: undefined },
  argTypes: {
    groupBy: { control: 'inline-radio', options: ['role', 'organisation', 'none'] },
  },
  render: (a) => html`<cp-credits
    .data=${a.data as CreditsData}
    group-by=${a.groupBy}
    heading-level=${a.headingLevel}
    ?structured-data=${a.structuredData}
    .strings=${a.strings ?? nothing}
  ></cp-credits>`,
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'Credits everyone who took part, each the way they chose: full name, first name, initials, pseudonym, a named group, counted but not named, or not at all (`hidden`). Grouped by role, by organisation or not at all, and sorted for the page’s language. "Copy acknowledgement" copies a plain sentence for reports and funders.',
          keyboard: [
            'Tab reaches each name that has a link, then the "Copy acknowledgement" button; Enter or Space copies.',
            'When the browser does not allow copying, focus moves to a box holding the text, already selected, so Ctrl+C (or Cmd+C) copies it.',
          ],
          screenReader: [
            'The title and each group are headings (levels set by `heading-level`), so people can jump between roles.',
            'Each group is a list: "list, 42 items". People counted but not named are one sentence after it: "and 9 people who chose not to be named".',
            'After copying, "Acknowledgement copied. You can now paste it." is announced from a polite live region.',
            'Names are isolated (`<bdi>`), so a right-to-left name in a left-to-right page (and the reverse) reads in the right order.',
          ],
          errors:
            'Contributors with problems in their data are left out and listed in the browser console by their place in the list (never by name); everyone else still shows. Data that cannot be read at all shows "Sorry, this cannot be shown because its content has a problem."',
          limitations: [
            '`first-name` shows the first word of `name`, and `initials` the first letter of each word. Where that is not right for a name, use `pseudonym` with the words the person wants.',
            'Names are sorted as written (by first word), with the page language’s rules, not by family name.',
          ],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** The 100 people who shared their stories for a community-reporting project, with every kind of credit choice. */
export const Storytellers: Story = {};
export const YouthAdvisoryBoard: Story = { args: { data: youthBoard } };
export const PartnerOrganisations: Story = { args: { data: partners, groupBy: 'organisation' } };
export const OneList: Story = { args: { data: partners, groupBy: 'none' } };
export const Empty: Story = { args: { data: { title: 'Co-produced with', contributors: [] } } };
export const RightToLeft: Story = { args: { data: rightToLeft, strings: arabic }, decorators: [rtl] };
export const Narrow: Story = { args: { data: youthBoard }, decorators: [narrow] };
export const Dark: Story = { args: { data: partners }, decorators: [themed('dark')] };
export const HighContrast: Story = { args: { data: partners }, decorators: [themed('high-contrast')] };
