// The storytellers of a community-reporting project, generated the same way every time
// (a seeded random sequence), with the spread of credit choices real projects see.
import type { Contributor, CreditChoice, CreditsData } from '../../../src/components/credits/types.js';

const FIRST = [
  'Amina', 'Ben', 'Chloe', 'Dariusz', 'Ebony', 'Farhan', 'Grace', 'Harpreet', 'Imran', 'Joanne',
  'Kwame', 'Leanne', 'Mohammed', 'Niamh', 'Oluwaseun', 'Priya', 'Qasim', 'Rachel', 'Shabana', 'Tomasz',
  'Uzma', 'Vikram', 'Wendy', 'Xin', 'Yusuf', 'Zara', 'Aisha', 'Bronwen', 'Callum', 'Delroy',
  'Eilidh', 'Fatima', 'Gareth', 'Hannah', 'Iqra', 'Jamal', 'Katarzyna', 'Liam', 'Marcia', 'Nasreen',
];
const LAST = [
  'Khan', 'Ahmed', 'Smith', 'Nowak', 'Campbell', 'Hussain', 'O’Brien', 'Kaur', 'Begum', 'Williams',
  'Mensah', 'Jones', 'Ali', 'Murphy', 'Adeyemi', 'Patel', 'Iqbal', 'Taylor', 'Akhtar', 'Kowalski',
  'Mahmood', 'Sharma', 'Evans', 'Chen', 'Yilmaz', 'Okafor', 'Rahman', 'Davies', 'MacLeod', 'Thompson',
];
const PSEUDONYMS = ['Blue Heron', 'Northern Star', 'Quiet Oak', 'Storm Petrel', 'Little Wren', 'River Stone', 'Hilltop', 'Sparrow'];
const GROUPS = ['Bradford Community Reporters', 'Young Carers Panel', 'Recovery Voices'];
const EXTRA_ROLES = ['peer-researcher', 'sense-making', 'facilitator', 'expert-by-experience'];

/** A small seeded random number generator (mulberry32): the same seed gives the same people. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How often each choice comes up, out of 100 (missing credit means anonymous). */
const CHOICES: [CreditChoice | undefined, number][] = [
  ['full', 30],
  ['first-name', 20],
  ['initials', 7],
  ['pseudonym', 6],
  ['group', 10],
  ['anonymous', 15],
  [undefined, 6],
  ['hidden', 6],
];

/** `count` storytellers (100 by default), always the same for the same count and seed. */
export function storytellers(count = 100, seed = 2022): CreditsData {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  let pseudonyms = 0;
  const contributors = Array.from({ length: count }, (_, i): Contributor => {
    let roll = next() * 100;
    const credit = CHOICES.find(([, weight]) => (roll -= weight) < 0)?.[0];
    const c: Contributor = { id: `s-${String(i + 1).padStart(4, '0')}`, name: `${pick(FIRST)} ${pick(LAST)}` };
    if (credit) c.credit = credit;
    if (credit === 'pseudonym') c.pseudonym = PSEUDONYMS[pseudonyms++ % PSEUDONYMS.length];
    if (credit === 'group') c.group = pick(GROUPS);
    c.roles = ['storyteller', ...(next() < 0.3 ? [pick(EXTRA_ROLES)] : [])];
    if (next() < 0.6) c.livedExperience = true;
    // Some stayed on for the sense-making workshops after telling their story.
    if (next() < 0.15) Object.assign(c, { from: '2021-11', to: `2022-0${1 + Math.floor(next() * 9)}` });
    return c;
  });
  return { title: 'Co-authored by the people who shared their stories', contributors };
}

/** The 100 storytellers of the stories and tests. */
export const storytellers100 = storytellers();
