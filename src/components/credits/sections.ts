import type { SchemaError } from '../../core/schema.js';
import { roleWords, type CreditRole } from './roles.js';
import { redactContributor, shownName } from '../../contract/redact.js';
import type { Contributor, CreditsData, CreditsGroupBy } from './types.js';

/** One group of the list: a role, an organisation, or (key `''`) everyone else. */
export interface CreditSection {
  key: string;
  /** People shown by a name, sorted; a named group appears once. */
  named: Contributor[];
  /** People counted but not named. */
  anonymous: number;
}

export interface CreditsModel {
  /** Every role definition: the built-in ones with the data's own on top. */
  roles: Record<string, CreditRole>;
  sections: CreditSection[];
  /** Everyone, once: what "Copy acknowledgement" lists. */
  all: CreditSection;
  /** Role definitions that were left out, and roles that are not defined (shown as they are written). */
  problems: SchemaError[];
}

/**
 * Turns credits data into the sections `<cp-credits>` shows. Works only on redacted
 * contributors, so `hidden` people are in no section and no count. A custom role that
 * does not pass `checkRole` is left out (a built-in role of the same id is used instead).
 */
export function creditsModel(
  data: CreditsData,
  groupBy: CreditsGroupBy,
  collator: Intl.Collator,
  /** The problems of a custom role, checked as given (its words may be bilingual). */
  checkRole: (id: string, role: unknown) => SchemaError[],
  t: (key: string) => string | undefined,
): CreditsModel {
  const problems: SchemaError[] = [];
  const roles = roleWords(t);
  for (const [id, role] of Object.entries(data.roles ?? {})) {
    const found = checkRole(id, role);
    if (found.length) problems.push(...found);
    else roles[id] = role;
  }
  const map = new Map<string, CreditSection & { groups: Set<string> }>();
  const add = (key: string, c: Contributor) => {
    let s = map.get(key);
    if (!s) map.set(key, (s = { key, named: [], anonymous: 0, groups: new Set() }));
    if (!shownName(c)) s.anonymous++;
    else if (!c.group || !s.groups.has(c.group)) {
      s.named.push(c);
      if (c.group) s.groups.add(c.group);
    }
  };
  const named: Contributor[] = [];
  const anonymous: Contributor[] = [];
  data.contributors.forEach((raw, i) => {
    const c = redactContributor(raw);
    if (!c) return;
    for (const id of c.roles ?? [])
      if (!roles[id])
        problems.push({
          path: `contributors[${raw.id ?? i}].roles`,
          message: `"${id}" is not a built-in role or in roles`,
        });
    (shownName(c) ? named : anonymous).push(c);
  });
  // Sorted once, so every section's list comes out in order.
  named.sort((a, b) => collator.compare(shownName(a)!, shownName(b)!));
  for (const c of [...named, ...anonymous]) {
    add('\0', c);
    const keys = groupBy === 'role' ? (c.roles ?? []) : groupBy === 'organisation' ? [c.organisation ?? ''] : [];
    for (const key of keys.length ? new Set(keys) : ['']) add(key, c);
  }
  const all = map.get('\0') ?? { key: '', named: [], anonymous: 0 };
  map.delete('\0');
  const order = Object.keys(roles);
  const rank = (k: string) => (k ? order.indexOf(k) + 1 || order.length + 1 : order.length + 2);
  const sections = [...map.values()].sort((a, b) =>
    !a.key || !b.key || groupBy === 'role' ? rank(a.key) - rank(b.key) : collator.compare(a.key, b.key),
  );
  return { roles, sections, all, problems };
}
