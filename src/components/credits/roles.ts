/**
 * The built-in roles of co-production, in the order credits list them. Each has words for one
 * person (`label`), for a heading over several people (`plural`, when it differs), a plain
 * description, and the closest role in two other schemes — CRediT (the 14 academic authorship
 * roles) and All Contributors — for people who need to map between them. The closest is not
 * the same: both schemes leave most lived-experience work out.
 *
 * Reword or translate any of them in the data's `roles`, for example
 * `"roles": { "storyteller": { "label": "Adroddwr straeon" } }`.
 */
import type { CreditRole } from '../../contract/credits.js';

export type { CreditRole };

type Words = [label: string, plural: string | undefined, description: string];

/** The words of each built-in role, which `<cp-credits>` shows. */
const words: Record<string, Words> = {
  storyteller: ['Storyteller', 'Storytellers', 'Shared their own story.'],
  'peer-researcher': ['Peer researcher', 'Peer researchers', 'Did research with people who share their experience.'],
  'advisory-board': ['Advisory board member', 'Advisory board members', 'Gave advice and kept the work on track.'],
  'expert-by-experience': ['Expert by experience', 'Experts by experience', 'Used their lived experience to shape decisions.'],
  facilitator: ['Facilitator', 'Facilitators', 'Ran sessions so everyone could take part.'],
  'community-organiser': ['Community organiser', 'Community organisers', 'Brought people together and kept them involved.'],
  'co-design': ['Co-design', , 'Designed the work together with others.'],
  'sense-making': ['Analysis and sense-making', , 'Found the themes in what people said.'],
  writing: ['Writing', , 'Wrote or edited the words.'],
  translation: ['Translation', , 'Put the words into other languages.'],
  'accessibility-review': ['Accessibility review', , 'Checked that everyone can use the work.'],
  illustration: ['Illustration', , 'Made drawings and graphics.'],
  'photography-film': ['Photography and film', , 'Took photos or made films.'],
  'event-organising': ['Event organising', , 'Planned and ran events.'],
  funding: ['Funding', , 'Found or gave money for the work.'],
  coordination: ['Coordination', , 'Organised the work and the people.'],
};

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

const table = (maps?: typeof mappings): Record<string, CreditRole> => {
  const roles: Record<string, CreditRole> = {};
  for (const [id, [label, plural, description]] of Object.entries(words)) {
    roles[id] = { label, ...(plural && { plural }), description };
    if (maps) [roles[id].credit, roles[id].allContributors] = maps[id]!;
  }
  return roles;
};

/**
 * The built-in role vocabulary, keyed by the id used in the data's `roles` lists: words,
 * description, and the closest CRediT role and All Contributors type.
 */
export const creditRoles: Record<string, CreditRole> = /* @__PURE__ */ table(mappings);

/** The words of the built-in roles only: what the widget needs (the mappings stay out of the CDN file). */
export const roleWords: Record<string, CreditRole> = /* @__PURE__ */ table();
