import type { Text } from './text.js';

/** Words for a credit role (built-in roles are in the credits widget's `roles.ts`). */
export interface CreditRole {
  /** The role of one person, such as "Peer researcher". */
  label: Text;
  /** The heading over several people, such as "Peer researchers". Defaults to `label`. */
  plural?: Text;
  /** What people in this role did, in a short plain sentence. */
  description?: Text;
  /** The closest CRediT role (https://credit.niso.org). */
  credit?: string;
  /** The closest All Contributors contribution type (https://allcontributors.org/docs/en/emoji-key). */
  allContributors?: string;
}

/**
 * How a person chose to be credited. A missing `credit` means `anonymous`, the safe default.
 * - `full`: their full `name` (and their `url`, if given)
 * - `first-name`: the first word of their `name`
 * - `initials`: the first letter of each word of their `name`, such as "A. K."
 * - `pseudonym`: their `pseudonym` (and their `url`, if given)
 * - `group`: only the name of their `group`, such as "Young Carers Panel"
 * - `anonymous`: not named, only counted ("and 37 people who chose not to be named")
 * - `hidden`: nowhere at all: not shown, not counted, not copied, not in structured data
 */
export type CreditChoice = 'full' | 'first-name' | 'initials' | 'pseudonym' | 'group' | 'anonymous' | 'hidden';

/** One contributor. Put in only what the person agreed to show: `credit` decides how the name is shown. */
export interface Contributor {
  /** Your own reference, never shown. */
  id?: string;
  name?: string;
  credit?: CreditChoice;
  pseudonym?: string;
  group?: string;
  /** Role ids: built-in (see `creditRoles`) or defined in the data's `roles`. */
  roles?: string[];
  organisation?: string;
  /** Shows "with lived experience" beside a named person. Only `true` does. */
  livedExperience?: boolean;
  /** When they started: `2025-09` or `2025-09-14`. */
  from?: string;
  /** When they finished: `2026-03` or `2026-03-31`. */
  to?: string;
  /** A link for their name. Shown only with `full` or `pseudonym` credit. */
  url?: string;
}

export interface CreditsData {
  /** The heading. Defaults to "Co-produced with". */
  title?: Text;
  contributors: Contributor[];
  /** Custom roles, and new words for built-in ones, keyed by role id. */
  roles?: Record<string, CreditRole>;
}

/** How `<cp-credits>` groups people. */
export type CreditsGroupBy = 'role' | 'organisation' | 'none';
