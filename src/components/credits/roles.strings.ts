import { defineStrings } from '../../core/strings.js';

/** A role's string key: `peer-researcher` → `creditsRolePeerResearcher`. */
export const roleKey = (id: string): string =>
  `creditsRole${id.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}`;

/**
 * The built-in roles, in the order credits list them, with their English words: one person, a
 * heading over several people (when it differs) and a plain description.
 */
const words: [id: string, label: string, plural: string | 0, about: string][] = [
  ['storyteller', 'Storyteller', 'Storytellers', 'Shared their own story.'],
  ['peer-researcher', 'Peer researcher', 'Peer researchers', 'Did research with people who share their experience.'],
  ['advisory-board', 'Advisory board member', 'Advisory board members', 'Gave advice and kept the work on track.'],
  [
    'expert-by-experience',
    'Expert by experience',
    'Experts by experience',
    'Used their lived experience to shape decisions.',
  ],
  ['facilitator', 'Facilitator', 'Facilitators', 'Ran sessions so everyone could take part.'],
  [
    'community-organiser',
    'Community organiser',
    'Community organisers',
    'Brought people together and kept them involved.',
  ],
  ['co-design', 'Co-design', 0, 'Designed the work together with others.'],
  ['sense-making', 'Analysis and sense-making', 0, 'Found the themes in what people said.'],
  ['writing', 'Writing', 0, 'Wrote or edited the words.'],
  ['translation', 'Translation', 0, 'Put the words into other languages.'],
  ['accessibility-review', 'Accessibility review', 0, 'Checked that everyone can use the work.'],
  ['illustration', 'Illustration', 0, 'Made drawings and graphics.'],
  ['photography-film', 'Photography and film', 0, 'Took photos or made films.'],
  ['event-organising', 'Event organising', 0, 'Planned and ran events.'],
  ['funding', 'Funding', 0, 'Found or gave money for the work.'],
  ['coordination', 'Coordination', 0, 'Organised the work and the people.'],
];

/** The built-in role ids, in order. */
export const roleIds = words.map((w) => w[0]);

/**
 * The roles' words as strings, so they are translated with the rest: `creditsRole<Id>` (one
 * person), `…Plural` (a heading over several, when it differs) and `…About` (the description).
 * Built from the table above to keep the script-tag file small.
 */
export const roleStrings: Record<string, string> = defineStrings(
  Object.fromEntries(
    words.flatMap(([id, label, plural, about]) => {
      const key = roleKey(id);
      return [[key, label], ...(plural ? [[`${key}Plural`, plural]] : []), [`${key}About`, about]];
    }),
  ),
);
