/**
 * The built-in roles of co-production, in the order credits list them. Each has words for one
 * person (`label`), for a heading over several people (`plural`, when it differs), a plain
 * description, and the closest role in two other schemes — CRediT (the 14 academic authorship
 * roles) and All Contributors — for people who need to map between them. The closest is not
 * the same: both schemes leave most lived-experience work out.
 *
 * Their words are strings (`roles.strings.ts`), so they are translated with the rest. Reword any
 * of them in the data's `roles`, for example `"roles": { "storyteller": { "label": "Adroddwr straeon" } }`.
 */
import type { CreditRole } from './types.js';
import { roleIds, roleKey, roleStrings } from './roles.strings.js';

export type { CreditRole };

/** The closest CRediT role and All Contributors type of each built-in role. */
const mappings: Record<string, [credit: string, allContributors: string]> = {
  storyteller: ['Resources', 'content'],
  'peer-researcher': ['Investigation', 'research'],
  'advisory-board': ['Supervision', 'ideas'],
  'expert-by-experience': ['Conceptualization', 'ideas'],
  facilitator: ['Investigation', 'mentoring'],
  'community-organiser': ['Project administration', 'promotion'],
  'co-design': ['Methodology', 'design'],
  'sense-making': ['Formal analysis', 'research'],
  writing: ['Writing – original draft', 'content'],
  translation: ['Writing – review & editing', 'translation'],
  'accessibility-review': ['Validation', 'a11y'],
  illustration: ['Visualization', 'design'],
  'photography-film': ['Visualization', 'video'],
  'event-organising': ['Project administration', 'eventOrganizing'],
  funding: ['Funding acquisition', 'financial'],
  coordination: ['Project administration', 'projectManagement'],
};

type Words = (key: string) => string | undefined;
const english: Words = (key) => roleStrings[key];

const table = (t: Words, maps?: typeof mappings): Record<string, CreditRole> => {
  const roles: Record<string, CreditRole> = {};
  for (const id of roleIds) {
    const key = roleKey(id);
    const plural = t(`${key}Plural`);
    roles[id] = { label: t(key)!, ...(plural && { plural }), description: t(`${key}About`)! };
    if (maps) [roles[id].credit, roles[id].allContributors] = maps[id]!;
  }
  return roles;
};

/**
 * The built-in role vocabulary, keyed by the id used in the data's `roles` lists: words,
 * description, and the closest CRediT role and All Contributors type.
 */
export const creditRoles: Record<string, CreditRole> = /* @__PURE__ */ table(english, mappings);

/** The words of the built-in roles in a widget's language (the mappings stay out of the CDN file). */
export const roleWords = (t: Words): Record<string, CreditRole> => table(t);
