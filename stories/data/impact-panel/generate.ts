import type { ImpactData, ImpactItem, ImpactStatus } from '../../../src/components/impact-panel/types.js';

const THEMES: Record<string, string[]> = {
  Transport: ['buses to the big supermarket', 'the bus stop by the clinic', 'lifts to the food bank', 'cycle paths to the market'],
  Safety: ['lighting on the way to the shops', 'the underpass after dark', 'young people being robbed on the way to the shops', 'the car park by the precinct'],
  Food: ['food that needs no cooking', 'halal and kosher food at the food bank', 'fresh fruit and vegetables', 'baby milk and nappies'],
  Money: ['prices at the corner shop', 'vouchers instead of parcels', 'help with energy bills', 'advice about benefits'],
  Community: ['a food co-op on the estate', 'community meals on Sundays', 'a shared kitchen', 'a growing space'],
  Information: ['leaflets in more languages', 'opening times online', 'an Easy Read guide', 'a text message service'],
  'Taking part': ['meetings in the evening', 'paying people for their time', 'childcare at workshops', 'interviews away from school'],
  'Research materials': ['the information sheet', 'the survey questions', 'the consent form', 'the interview guide'],
};
const SOURCES = ['community meal', 'walking interviews', 'peer research interviews', 'youth club session', 'online survey', 'drop-in session', 'advisory board meeting'];
const SAID = ['People told us {x} needs to change.', 'Several of you asked us to look at {x}.', 'You said {x} makes it harder to get good food.', 'You asked for {x}.'];
const DID = ['We met the people responsible for {x} and agreed changes with them.', 'We worked with a group of you to redesign {x}.', 'We found money to improve {x}.'];
const REASONS = ['The decision belongs to another organisation, and they said no.', 'We could not find the money this year.', 'The law does not allow us to do it the way you asked.'];
const STATUSES: ImpactStatus[] = ['done', 'done', 'done', 'in-progress', 'in-progress', 'planned', 'considering', 'partly-done', 'not-possible'];

/** A small, fast, repeatable random number generator (mulberry32), so every run makes the same items. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Makes `count` realistic, valid items (for the 1,000-item story, the tests and the benchmark):
 * eight themes, every status, reasons where needed, and some quotes, timelines and links.
 */
export function generateItems(count: number, seed = 1): ImpactData {
  const r = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)]!;
  const themes = Object.keys(THEMES);
  const items = Array.from({ length: count }, (_, n): ImpactItem => {
    const theme = pick(themes);
    const topic = pick(THEMES[theme]!);
    const status = pick(STATUSES);
    const said = Math.floor(r() * 900);
    const updated = said + 14 + Math.floor(r() * 100);
    const item: ImpactItem = {
      id: `gen-${String(n + 1).padStart(4, '0')}`,
      theme,
      youSaid: pick(SAID).replace('{x}', topic),
      peopleCount: 1 + Math.floor(r() * 60),
      source: pick(SOURCES),
      saidOn: day(said),
      status,
      updatedOn: day(updated),
    };
    if (status !== 'considering') item.weDid = pick(DID).replace('{x}', topic);
    if (status === 'partly-done' || status === 'not-possible') item.reason = pick(REASONS);
    if (status !== 'done') item.nextSteps = `We will tell you what happens next by ${day(updated + 90)}.`;
    if (r() < 0.3) item.quotes = [`I would use it if ${topic} were better.`];
    if (r() < 0.3) item.timeline = [{ date: day(said + 7), text: `Shared what you said about ${topic} with the team.` }];
    if (r() < 0.2) item.links = [{ label: `More about ${topic}`, href: `https://example.org/updates/${n + 1}` }];
    return item;
  });
  return { title: 'You said, we did: everything since 2024', updated: day(1004), items };
}
