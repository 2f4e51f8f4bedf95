import type { StringKey } from '../../core/strings.js';
import type { ImpactStatus } from './types.js';

/** Every status, in the order the summary line and the "Status" sort use: done first. */
export const STATUSES: ImpactStatus[] = [
  'done',
  'partly-done',
  'in-progress',
  'planned',
  'considering',
  'not-possible',
];

/** The status's string key: `in-progress` → `impactPanelInProgress` (and `impactPanelInProgressCount`). */
export const statusKey = (s: ImpactStatus, suffix = ''): StringKey =>
  `impactPanel${s.replace(/(^|-)(\w)/g, (_, _d, c: string) => c.toUpperCase())}${suffix}` as StringKey;

/**
 * A small picture for each status, drawn in the status colour inside a ring (dashed for
 * "Planned", see the styles). It is hidden from screen readers and always sits next to the
 * status in words, so colour and shape are never the only signal.
 */
export const ICONS: Record<ImpactStatus, string> = {
  done: 'M4.5 8.5l2.5 2.5 4.5-5',
  'partly-done': 'M8 1a7 7 0 0 1 0 14z',
  'in-progress': 'M8 4v4l3 2',
  planned: 'M8 5v6M5 8h6',
  considering: 'M6 6a2 2 0 1 1 2 2v1.5M8 11.5v1',
  'not-possible': 'M3 13L13 3',
};
