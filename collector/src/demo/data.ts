// The demo round `npm start` loads: a community food project in Eastfield with a feedback form,
// a consent definition for its peer research panel, an impact panel and staff-added credits.
// Everything here is made up. The free text includes a very long word and right-to-left text, as
// real answers do, so the back office shows how it copes.

type Json = Record<string, any>;

export const DEMO = {
  projectId: 'eastfield-food',
  formId: 'eastfield-food-survey',
  consentId: 'eastfield-food-panel',
  panelId: 'eastfield-food',
  staffEmail: 'admin@example.org',
} as const;

const questions: Json[] = [
  {
    id: 'area',
    type: 'single',
    label: 'Which part of Eastfield do you live in?',
    options: [
      { id: 'north', label: 'Eastfield North' },
      { id: 'estate', label: 'The Eastfield estate' },
      { id: 'centre', label: 'Town centre' },
      { id: 'elsewhere', label: 'Somewhere else' },
    ],
  },
  { id: 'meals', type: 'yesNo', label: 'Have you been to a community meal in the last 3 months?' },
  {
    id: 'skipped',
    type: 'single',
    label:
      'In the last month, how often did you or someone in your home skip a meal because there was not enough money for food?',
    sensitive: true,
    preferNotToSay: true,
    options: [
      { id: 'never', label: 'Never' },
      { id: 'once-or-twice', label: 'Once or twice' },
      { id: 'most-weeks', label: 'Most weeks' },
      { id: 'most-days', label: 'Most days' },
    ],
  },
  {
    id: 'hard',
    type: 'multi',
    label: 'What makes it hard to get the food you need?',
    hint: 'Select all that apply.',
    preferNotToSay: true,
    options: [
      { id: 'cost', label: 'The cost of food' },
      { id: 'travel', label: 'Getting to the shops' },
      { id: 'safety', label: 'Not feeling safe on the way' },
      { id: 'cooking', label: 'No way to cook or store food' },
      { id: 'health', label: 'My health or a disability' },
    ],
    noneOption: 'None of these',
  },
  {
    id: 'story',
    type: 'longText',
    label: 'Is there anything else you want to tell us about food at the moment?',
    preferNotToSay: true,
    maxLength: 1200,
  },
  { id: 'hours', type: 'rating', label: 'How well do the meal times suit you?' },
  { id: 'feeling', type: 'feeling' },
];

/** Version 1, then version 2 which adds a question about the bus after people raised it. */
export const demoForms: Json[] = [
  {
    id: DEMO.formId,
    version: 1,
    title: 'Food in Eastfield: tell us how things are',
    intro:
      'We are the Eastfield Community Food Project. We want to know how people are getting by with food, so we can plan the community meals and know what to ask the council for. It takes about 5 minutes. You can skip any question.',
    privacy:
      'Your answers go to the project’s research group. We do not ask for your name. We keep the answers for 2 years, then delete them.',
    questions,
  },
  {
    id: DEMO.formId,
    version: 2,
    title: 'Food in Eastfield: tell us how things are',
    intro:
      'We are the Eastfield Community Food Project. We want to know how people are getting by with food, so we can plan the community meals and know what to ask the council for. It takes about 5 minutes. You can skip any question.',
    privacy:
      'Your answers go to the project’s research group. We do not ask for your name. We keep the answers for 2 years, then delete them.',
    questions: [
      ...questions.slice(0, 5),
      { id: 'bus', type: 'yesNo', label: 'Do you take the bus to do your food shopping?' },
      ...questions.slice(5),
    ],
  },
];

export const demoConsent: Json = {
  id: DEMO.consentId,
  version: '1',
  date: '2026-09-01',
  title: 'Joining the Eastfield food panel',
  organisation: { name: 'Eastfield Community Food Project', contact: 'food@eastfield.example.org or 0113 496 0001' },
  sections: [
    {
      id: 'what',
      heading: 'What will I be asked to do?',
      body: 'You will join a panel of local people who help us plan the community meals and decide what to ask the council for. There are four evening meetings of about two hours each.',
    },
    {
      id: 'data',
      heading: 'What happens to what I say?',
      body: 'We write notes at the meetings. Only the project team can see them. We take out names before we share anything, and delete the notes 2 years after the project ends.',
    },
  ],
  payment: {
    amount: 20,
    currency: 'GBP',
    per: 'session',
    method: 'voucher',
    why: 'Your time and what you know are worth paying for.',
    benefitsNote:
      'Vouchers usually do not count as income for Universal Credit, but rules can change. If you are unsure, talk to us before you start.',
    expenses: 'We pay bus fares and childcare in cash on the day.',
  },
  statements: [
    {
      id: 'read',
      text: 'I have read the information (version 1, 1 September 2026), or had it read to me',
      required: true,
    },
    { id: 'notes', text: 'I agree to notes being taken at the meetings', required: true },
    {
      id: 'photos',
      text: 'I agree to photos of me being used in the project’s newsletter',
      short: 'Using photos of me',
      required: false,
    },
    {
      id: 'quotes',
      text: 'I agree to my words being quoted, without my name',
      short: 'Quoting my words',
      required: false,
    },
  ],
  askCredit: true,
  askAccessNeeds: true,
  withdrawal: {
    how: 'Tell any member of the team, email food@eastfield.example.org, or use the “Withdraw” page. You do not have to give a reason.',
  },
  contacts: { team: 'Sam Okafor, project coordinator, 0113 496 0001' },
};

/** The panel members' choices: [name for credit or undefined, credit, payment, access needs, photos, quotes]. */
export const demoPanel: {
  credit: Json;
  payment?: Json;
  accessNeeds?: string;
  photos: boolean;
  quotes: boolean;
  format?: string;
  withdraw?: boolean;
}[] = [
  {
    credit: { credit: 'full', name: 'Grace Mensah' },
    payment: { method: 'voucher' },
    accessNeeds: 'Step-free access, please. I use a wheelchair.',
    photos: true,
    quotes: true,
  },
  { credit: { credit: 'first-name', name: 'Tomasz Nowak' }, payment: { method: 'cash' }, photos: false, quotes: true },
  {
    credit: { credit: 'pseudonym', pseudonym: 'Estate Gardener' },
    payment: { method: 'none' },
    accessNeeds: 'Large print papers before each meeting.',
    photos: false,
    quotes: true,
  },
  { credit: { credit: 'anonymous' }, payment: { method: 'bank' }, photos: false, quotes: false },
  {
    credit: { credit: 'full', name: 'فاطمة الزهراء' },
    payment: { method: 'voucher' },
    accessNeeds: 'An Arabic interpreter at the meetings.',
    photos: true,
    quotes: true,
    withdraw: true,
  },
  {
    credit: { credit: 'initials', name: 'Owen Price' },
    payment: { method: 'voucher' },
    photos: true,
    quotes: true,
    format: 'easy-read',
  },
  {
    credit: { credit: 'full', name: 'Priya Shah' },
    payment: { method: 'none' },
    accessNeeds: 'A quiet room and a break every hour.',
    photos: false,
    quotes: true,
  },
  { credit: { credit: 'first-name', name: 'Bilal Ahmed' }, payment: { method: 'cash' }, photos: true, quotes: false },
];

/** Staff-added credits (the panel's own choices are added by the collector from consent). */
export const demoCredits: Json = {
  title: 'Made with the Eastfield food panel',
  roles: {
    'panel-member': { label: 'Panel member', plural: 'Panel members' },
    'meal-volunteer': { label: 'Meal volunteer', plural: 'Meal volunteers' },
    partner: { label: 'Partner', plural: 'Partners' },
  },
  contributors: [
    { name: 'Sam Okafor', credit: 'full', roles: ['meal-volunteer'], organisation: 'Eastfield Community Food Project' },
    { name: 'Eastfield Tenants’ Association', credit: 'full', roles: ['partner'] },
  ],
};

export const demoImpact: Json = {
  title: 'You said, we did: food in Eastfield',
  updated: '2026-11-20',
  items: [
    {
      id: 'late-bus',
      theme: 'Transport',
      youSaid: 'The cheaper supermarket is two bus rides away, and the last bus back leaves at 7pm.',
      peopleCount: 14,
      source: 'feedback form',
      weDid: 'We took what you told us to the bus company. Later buses on the 615 now run on weekdays until 10pm.',
      status: 'partly-done',
      reason: 'The bus company could only pay for later buses on weekdays. Weekend buses need money from the council.',
    },
    {
      id: 'meal-times',
      theme: 'Community meals',
      youSaid: 'Meals at 5pm are too early for people who work.',
      source: 'feedback form',
      weDid: 'We are looking at a second meal on Thursday evenings.',
      status: 'in-progress',
    },
  ],
};

const texts = [
  'The bus back from the big shop stops at 7, so I pay double at the corner shop.',
  'I go to the meals every week. It is the only hot food my kids get some days.',
  'Two buses there and two back with a toddler and the shopping. I only manage it once a month.',
  'The underpass is dark and I do not feel safe walking to the discount shop after work.',
  'My cooker broke in the summer and I cannot afford a new one, so tins are no good to me.',
  'Please keep the meals going. People talk to each other there.',
  'لا أستطيع شراء الطعام الطازج لأن السوق بعيد جداً عن بيتي.',
  'بس کا کرایہ بہت زیادہ ہے، اس لیے میں مہینے میں صرف ایک بار بڑی دکان جاتی ہوں۔',
  'Supercalifragilisticexpialidociousfoodbankvouchersthatneverquitecovertheweekandthebusfaretoo',
  'I wrote <b>this</b> in bold on purpose, and a link https://example.org that should not be live.',
  'Meals at 5pm are too early for me because I finish work at 6.',
  'Prices at the corner shop have gone up again. Bread is nearly two pounds.',
];

/** Deterministic "random" picks, so the demo looks the same on every machine. */
function* picks(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield x / 2147483648;
  }
}

/**
 * About 40 submissions spread over the last five weeks before `now`: some "Prefer not to say",
 * some skipped questions, flags with reasons, every feeling, and free text.
 */
export function demoSubmissions(now: Date, page: string): Json[] {
  const r = picks(13);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r.next().value! * list.length)]!;
  const out: Json[] = [];
  for (let i = 0; i < 40; i++) {
    const version = i < 16 ? 1 : 2;
    const at = new Date(
      now.getTime() - (35 - Math.floor(i * 0.85)) * 24 * 3600 * 1000 - Math.floor(r.next().value! * 8) * 3600 * 1000,
    );
    const answers: Json = {};
    if (i % 9 !== 4) answers.area = pick(['north', 'estate', 'estate', 'centre', 'elsewhere']);
    answers.meals = pick(['yes', 'yes', 'no']);
    if (i % 6 === 2) answers.skipped = { declined: true };
    else if (i % 11 !== 7)
      answers.skipped = pick(['never', 'once-or-twice', 'once-or-twice', 'most-weeks', 'most-days']);
    if (i % 10 === 3) answers.hard = { declined: true };
    else if (i % 8 === 5) answers.hard = [];
    else
      answers.hard = [
        ...new Set([pick(['cost', 'cost', 'travel']), pick(['travel', 'safety', 'cooking', 'health', 'cost'])]),
      ];
    if (i % 3 === 0 || i < texts.length) answers.story = texts[i % texts.length];
    if (i % 13 === 6) answers.story = { declined: true };
    if (version === 2) answers.bus = pick(['yes', 'yes', 'no']);
    if (i % 7 !== 3) answers.hours = 1 + Math.floor(r.next().value! * 5);
    answers.feeling = pick(['fine', 'fine', 'mostly-fine', 'mostly-fine', 'uncomfortable', 'upsetting']);
    const flags: Json[] = [];
    if (i % 5 === 1)
      flags.push({ question: 'skipped', reason: 'upsetting', text: 'This is too close to home for me.' });
    if (i % 8 === 2)
      flags.push({
        question: 'hard',
        reason: 'confusing',
        text: 'I did not know if the bus counts as getting to the shops.',
      });
    if (i === 17) flags.push({ question: 'area', reason: 'not-relevant' });
    out.push({
      id: uuidFrom(r),
      formId: DEMO.formId,
      formVersion: version,
      submittedAt: at.toISOString(),
      locale: i % 10 === 6 ? 'ar' : i % 10 === 7 ? 'ur' : 'en-GB',
      answers,
      flags,
      meta: { page, elapsedMs: 60_000 + Math.floor(r.next().value! * 240_000) },
    });
  }
  return out;
}

function uuidFrom(r: Generator<number>): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r.next().value! * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
