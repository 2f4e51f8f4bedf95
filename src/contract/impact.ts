import type { Text } from './text.js';

/** Where an item has got to. `partly-done` and `not-possible` must give a `reason`. */
export type ImpactStatus = 'considering' | 'planned' | 'in-progress' | 'done' | 'partly-done' | 'not-possible';

/** A dated step in what happened, such as "Met the bus company". */
export interface ImpactStep {
  /** `YYYY-MM-DD`. */
  date: string;
  text: Text;
}

/** A link to more, such as an Easy Read version or a report. */
export interface ImpactLink {
  label: Text;
  /** A web address: `https:`, `mailto:`, `tel:` or relative. */
  href: string;
}

/** One thing people raised and what the organisation did about it. */
export interface ImpactItem {
  /** A unique reference, used in console reports. */
  id: string;
  /** A topic to filter by, such as "Food" or "Transport". */
  theme?: Text;
  /** What people said, in a sentence or two. */
  youSaid: Text;
  /** Words people used, with their permission. */
  quotes?: Text[];
  /** How many people raised it. */
  peopleCount?: number;
  /** Where it was raised, such as "community meal". */
  source?: Text;
  /** When it was raised: `YYYY-MM-DD`. */
  saidOn?: string;
  /** What was done, or what is being done. */
  weDid?: Text;
  status: ImpactStatus;
  /** Why it was only partly done or could not be done. Required for `partly-done` and `not-possible`. */
  reason?: Text;
  /** What happens next. */
  nextSteps?: Text;
  timeline?: ImpactStep[];
  links?: ImpactLink[];
  /** When this item last changed: `YYYY-MM-DD`. */
  updatedOn?: string;
  /** Set by the collector: how many people's feedback is linked to this item ("Raised by 23 people"). A count, never who. */
  raisedBy?: number;
  /** Set by the collector from linked feedback: when the first of it was sent (ISO date and time). */
  raisedAt?: string;
  /** Set by the collector: the later of the panel's publish time and the last change to the item's links (ISO date and time). */
  updatedAt?: string;
}

/** The data of `<cp-impact-panel>`: see `impact-panel.schema.json`. */
export interface ImpactData {
  $schema?: string;
  /** The heading. Defaults to "You said, we did". */
  title?: Text;
  /** When the whole list was last updated: `YYYY-MM-DD`. */
  updated?: string;
  items: ImpactItem[];
}

/** How items are sorted: most recently updated first, or by status (done first). */
export type ImpactSort = 'newest' | 'status';
