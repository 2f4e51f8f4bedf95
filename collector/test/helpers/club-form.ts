// A small form with every kind of question the results page counts, in two versions, and
// submissions to it as <cp-feedback-form> sends them. Used by results.test.ts and themes.test.ts.
import { randomUUID } from 'node:crypto';
import type { FeedbackDefinition } from '../../../src/contract/feedback.js';

type Json = Record<string, any>;

/** Version 1 asked three questions; version 2 added "again", "story", "reach" and the feeling question. */
export const clubV1 = (id = 'club-2026'): FeedbackDefinition => ({
  id,
  version: 1,
  title: 'Youth club',
  questions: [
    {
      id: 'area',
      type: 'single',
      label: 'Where do you live?',
      preferNotToSay: true,
      options: [
        { id: 'north', label: 'North side' },
        { id: 'south', label: 'South side' },
      ],
    },
    {
      id: 'help',
      type: 'multi',
      label: 'What would help?',
      noneOption: 'Nothing',
      options: [
        { id: 'bus', label: 'A later bus' },
        { id: 'food', label: 'Hot food' },
      ],
    },
    { id: 'score', type: 'rating', label: 'How good was the club?' },
  ],
});

export const clubV2 = (id = 'club-2026'): FeedbackDefinition => {
  const v1 = clubV1(id);
  return {
    ...v1,
    version: 2,
    title: 'Youth club 2026',
    questions: [
      ...v1.questions,
      { id: 'again', type: 'yesNo', label: 'Would you come again?' },
      { id: 'story', type: 'longText', label: 'Tell us more' },
      { id: 'reach', type: 'contact', label: 'Can we contact you?' },
      { id: 'feeling', type: 'feeling' },
    ],
  };
};

export const submission = (
  formId: string,
  formVersion: number,
  submittedAt: string,
  answers: Json,
  flags: Json[] = [],
): Json => ({
  id: randomUUID(),
  formId,
  formVersion,
  submittedAt,
  locale: 'en',
  answers,
  flags,
  meta: { page: 'https://example.org/club', elapsedMs: 61_000 },
});

/** Four responses: three to version 2, one to version 1. */
export const clubResponses = (formId = 'club-2026'): Json[] => [
  submission(
    formId,
    2,
    '2026-03-01T10:00:00Z',
    {
      area: 'north',
      help: ['bus', 'food'],
      score: 5,
      again: 'yes',
      story: 'The bus is always late',
      reach: { method: 'email', details: 'sam@example.org' },
      feeling: 'fine',
    },
    [{ question: 'area', reason: 'upsetting', text: 'Too personal' }],
  ),
  // 23:30 at UTC-2 is the next day in UTC.
  submission(
    formId,
    2,
    '2026-03-03T23:30:00-02:00',
    { area: { declined: true }, help: [], score: 3, again: 'no', feeling: 'upsetting' },
    [{ question: 'area', reason: 'upsetting' }, { question: 'score' }],
  ),
  submission(formId, 2, '2026-03-01T12:00:00Z', {
    area: 'south',
    help: ['food'],
    story: '=HYPERLINK("http://evil.example") more FOOD please',
  }),
  submission(formId, 1, '2026-03-04T09:00:00Z', { area: 'north', score: 4 }),
];
