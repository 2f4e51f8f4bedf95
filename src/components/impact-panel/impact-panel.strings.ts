import { defineStrings } from '../../core/strings.js';

/** The English words of `<cp-impact-panel>`. Every one can be reworded or translated. */
export const impactStrings = defineStrings({
  impactTitle: 'You said, we did',
  impactUpdated: 'Last updated {date}',
  impactEmpty: 'Nothing to show yet',
  impactNoMatch: 'Nothing matches. Try a different theme, status or search.',
  impactShown_one: 'Showing {shown} of {count} update',
  impactShown_other: 'Showing {shown} of {count} updates',
  impactTheme: 'Theme',
  impactAllThemes: 'All themes',
  impactStatus: 'Status',
  impactAllStatuses: 'All statuses',
  impactSearch: 'Search',
  impactSort: 'Sort by',
  impactNewest: 'Newest first',
  impactByStatus: 'Status, done first',
  impactStatusPrefix: 'Status:',
  impactThemeIs: 'Theme: {theme}',
  impactPeople_one: '{count} person said this',
  impactPeople_other: '{count} people said this',
  /** How many people's feedback was linked to the item by the collector (`raisedBy`). */
  impactRaisedBy_one: 'Raised by {count} person',
  impactRaisedBy_other: 'Raised by {count} people',
  impactWhere: 'Where: {source}',
  impactWhen: 'When: {date}',
  impactYouSaid: 'You said',
  impactWeDid: 'What we did',
  impactWeAreDoing: 'What we are doing',
  impactWhy: 'Why',
  impactWhyPartly: 'Why we could only do part of this',
  impactWhyNot: 'Why we could not do this',
  impactNext: 'What happens next',
  impactMore: 'More about this',
  impactQuotes: 'What people said',
  impactTimeline: 'What has happened so far',
  impactLinks: 'Find out more',
  impactConsidering: 'Being considered',
  impactPlanned: 'Planned',
  impactInProgress: 'In progress',
  impactDone: 'Done',
  impactPartlyDone: 'Partly done',
  impactNotPossible: 'Not possible',
  impactConsideringCount_one: '{count} being considered',
  impactConsideringCount_other: '{count} being considered',
  impactPlannedCount_one: '{count} planned',
  impactPlannedCount_other: '{count} planned',
  impactInProgressCount_one: '{count} in progress',
  impactInProgressCount_other: '{count} in progress',
  impactDoneCount_one: '{count} done',
  impactDoneCount_other: '{count} done',
  impactPartlyDoneCount_one: '{count} partly done',
  impactPartlyDoneCount_other: '{count} partly done',
  impactNotPossibleCount_one: '{count} not possible',
  impactNotPossibleCount_other: '{count} not possible',
});

type ImpactStrings = typeof impactStrings;
declare module '../../core/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Strings extends ImpactStrings {}
}
