import type { ImpactData } from '../../../src/components/impact-panel/types.js';

/**
 * Data with mistakes a page author might make. The two bad items are left out (and named in the
 * console); the good ones still show.
 */
export const withProblems = {
  title: 'You said, we did (two items have problems)',
  items: [
    {
      id: 'ok-1',
      theme: 'Food',
      youSaid: 'Halal food is hard to find at the food bank.',
      weDid: 'The food bank now stocks halal food.',
      status: 'done',
      updatedOn: '2026-03-20',
    },
    {
      id: 'bad-no-reason',
      theme: 'Money',
      youSaid: 'Give people cash instead of food parcels.',
      weDid: 'We looked into it.',
      // `not-possible` must say why: this item is left out.
      status: 'not-possible',
    },
    {
      id: 'bad-status',
      theme: 'Transport',
      youSaid: 'A free minibus to the big supermarket.',
      // Not one of the six statuses: this item is left out.
      status: 'maybe',
    },
    {
      id: 'ok-2',
      theme: 'Safety',
      youSaid: 'The underpass is too dark.',
      weDid: 'The council fixed the lights.',
      status: 'done',
      updatedOn: '2026-05-14',
    },
  ],
} as unknown as ImpactData;

/** Data that cannot be shown at all: the list of items is missing. */
export const unusable = { title: 'No items list', entries: [] } as unknown as ImpactData;
