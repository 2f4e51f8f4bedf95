import { defineStrings } from '../../core/strings.js';

/** The English words of `<cp-impact-panel>`. Every one can be reworded or translated. */
export const impactPanelStrings = defineStrings({
  impactPanelTitle: 'You said, we did',
  impactPanelUpdated: 'Last updated {date}',
  impactPanelEmpty: 'Nothing to show yet',
  impactPanelNoMatch: 'Nothing matches. Try a different theme, status or search.',
  impactPanelShown_one: 'Showing {shown} of {count} update',
  impactPanelShown_other: 'Showing {shown} of {count} updates',
  impactPanelTheme: 'Theme',
  impactPanelAllThemes: 'All themes',
  impactPanelStatus: 'Status',
  impactPanelAllStatuses: 'All statuses',
  impactPanelSearch: 'Search',
  impactPanelSort: 'Sort by',
  impactPanelNewest: 'Newest first',
  impactPanelByStatus: 'Status, done first',
  impactPanelStatusPrefix: 'Status:',
  impactPanelThemeIs: 'Theme: {theme}',
  impactPanelPeople_one: '{count} person said this',
  impactPanelPeople_other: '{count} people said this',
  /** How many people's feedback was linked to the item by the collector (`raisedBy`). */
  impactPanelRaisedBy_one: 'Raised by {count} person',
  impactPanelRaisedBy_other: 'Raised by {count} people',
  impactPanelWhere: 'Where: {source}',
  impactPanelWhen: 'When: {date}',
  impactPanelYouSaid: 'You said',
  impactPanelWeDid: 'What we did',
  impactPanelWeAreDoing: 'What we are doing',
  impactPanelWhy: 'Why',
  impactPanelWhyPartly: 'Why we could only do part of this',
  impactPanelWhyNot: 'Why we could not do this',
  impactPanelNext: 'What happens next',
  impactPanelMore: 'More about this',
  impactPanelQuotes: 'What people said',
  impactPanelTimeline: 'What has happened so far',
  impactPanelLinks: 'Find out more',
  impactPanelConsidering: 'Being considered',
  impactPanelPlanned: 'Planned',
  impactPanelInProgress: 'In progress',
  impactPanelDone: 'Done',
  impactPanelPartlyDone: 'Partly done',
  impactPanelNotPossible: 'Not possible',
  impactPanelConsideringCount_one: '{count} being considered',
  impactPanelConsideringCount_other: '{count} being considered',
  impactPanelPlannedCount_one: '{count} planned',
  impactPanelPlannedCount_other: '{count} planned',
  impactPanelInProgressCount_one: '{count} in progress',
  impactPanelInProgressCount_other: '{count} in progress',
  impactPanelDoneCount_one: '{count} done',
  impactPanelDoneCount_other: '{count} done',
  impactPanelPartlyDoneCount_one: '{count} partly done',
  impactPanelPartlyDoneCount_other: '{count} partly done',
  impactPanelNotPossibleCount_one: '{count} not possible',
  impactPanelNotPossibleCount_other: '{count} not possible',
});

type ImpactPanelStrings = typeof impactPanelStrings;
declare module '../../core/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Strings extends ImpactPanelStrings {}
}
