import type { ImpactData, ImpactItem } from '../../../src/components/impact-panel/types.js';
import { foodProject } from './food-project.js';

/** An item as staff wrote it, without the counts and dates the collector works out. */
const own = (i: number): ImpactItem => {
  const { peopleCount: _count, saidOn: _said, updatedOn: _updated, ...item } = foodProject.items[i]!;
  return item;
};

/**
 * The food project's panel as the collector publishes it (`GET /v1/impact/:panelId`): staff
 * linked people's feedback to each item, and the collector added `raisedBy` (how many linked
 * submissions, never who), `raisedAt` (the first of them) and `updatedAt`. The last item has no
 * linked feedback, so it says nothing about who raised it.
 */
export const fromCollector: ImpactData = {
  title: 'You said, we did: getting good food on the Eastfield estate',
  items: [
    { ...own(0), raisedBy: 23, raisedAt: '2026-03-04T18:20:00Z', updatedAt: '2026-09-12T10:00:00Z' },
    { ...own(1), raisedBy: 1, raisedAt: '2026-05-11T12:00:00Z', updatedAt: '2026-08-02T12:00:00Z' },
    own(2),
  ],
};
