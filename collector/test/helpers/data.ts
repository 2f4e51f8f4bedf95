// Bodies as the widgets send them, and a small HTTP client for the tests.
import { randomUUID } from 'node:crypto';
import { newReference } from '../../../src/contract/reference.js';

export const TOKEN = 'test-admin-token-0123456789';
export const ORIGIN = 'http://localhost:6006';

type Json = Record<string, any>;

/** A submission as <cp-feedback-form> sends it (see the feedback widget's README). */
export const feedback = (over: Json = {}): Json => ({
  id: randomUUID(),
  formId: 'homewood-food-2026',
  formVersion: 3,
  submittedAt: '2026-03-14T10:22:05.120Z',
  locale: 'en',
  answers: {
    area: 'parkside',
    skipped: { declined: true },
    hard: [],
    hours: 4,
    contact: { method: 'phone', details: '07700 900123' },
    feeling: 'mostly-fine',
  },
  flags: [{ question: 'skipped', reason: 'upsetting', text: 'Too close to home' }],
  meta: { page: 'https://example.org/food-survey', elapsedMs: 41000 },
  ...over,
});

/** What <cp-page-feedback> sends. */
export const pageFeedback = (over: Json = {}): Json => ({
  id: randomUUID(),
  formId: 'page-feedback',
  formVersion: 1,
  submittedAt: '2026-03-14T10:22:05.120Z',
  locale: 'cy',
  answers: { useful: 'no', doing: 'Looking for opening times', wrong: 'The page did not load the map' },
  flags: [],
  meta: { page: 'https://example.org/opening-times', elapsedMs: 5200 },
  ...over,
});

/** The secret key on the person's copy: every `consentRecord()` carries its hash. */
export const KEY = 'H6QW3MZT8KRN2CXV9PAF4YBG5DJS';

export const consentRecord = (over: Json = {}): Json => ({
  id: randomUUID(),
  // A new reference each time: a reference names one record (migration 007).
  reference: newReference('peer-research-2026'),
  // sha256 of the key H6QW3MZT8KRN2CXV9PAF4YBG5DJS
  keyHash: 'sha256:7645715b506e5cfd5e64711629a215b3ca518e0fc71dd8bfb8e275322b566e41',
  consentId: 'peer-research-2026',
  version: '2.1',
  textHash: `sha256:${'ab12'.repeat(16)}`,
  decisions: { read: true, audio: true, quotes: false },
  payment: { method: 'none' },
  credit: { credit: 'pseudonym', pseudonym: 'Riverside Rae' },
  accessNeeds: 'Step-free access and a quiet room',
  contact: { method: 'email' },
  locale: 'en-GB',
  format: 'easy-read',
  events: [{ type: 'given', at: '2026-03-01T10:00:00Z' }],
  ...over,
});

export const withdrawal = (record: Json, over: Json = {}): Json => ({
  id: randomUUID(),
  recordId: record.id,
  consentId: record.consentId,
  type: 'withdrawn',
  at: '2026-04-01T09:30:00Z',
  all: false,
  statements: ['audio'],
  reason: 'I moved away from Riverside',
  reference: record.reference,
  key: KEY,
  ...over,
});

/** What <cp-consent-withdraw> sends when a person changes how they are credited. */
export const creditChange = (record: Json, over: Json = {}): Json => ({
  id: randomUUID(),
  recordId: record.id,
  consentId: record.consentId,
  type: 'credit-changed',
  at: '2026-04-02T09:30:00Z',
  credit: { credit: 'first-name', name: 'Rae' },
  reference: record.reference,
  key: KEY,
  ...over,
});

/** A "you said, we did" panel as staff publish it: one thing done, one not possible, then `more` items. */
export const impactPanel = (...more: Json[]): { title: string; items: Json[] } => ({
  title: 'You said, we did',
  items: [
    {
      id: 'hours',
      youSaid: 'The food bank closes too early for people who work.',
      status: 'done',
      weDid: 'We now open until 8pm on Thursdays.',
    },
    {
      id: 'halal',
      youSaid: 'There is not enough halal food.',
      status: 'not-possible',
      reason: 'Our supplier cannot provide it yet.',
    },
    ...more,
  ],
});

/** What <cp-consent-flow> sends on "Leave without agreeing" when the definition has recordDeclines: nothing personal. */
export const consentDecline = (over: Json = {}): Json => ({
  id: randomUUID(),
  consentId: 'peer-research-2026',
  version: '2.1',
  type: 'declined',
  at: '2026-03-01T10:05:00Z',
  statements: ['voluntary', 'notes'],
  ...over,
});

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export async function request(url: string, init: RequestInit & { json?: unknown } = {}): Promise<Reply> {
  const headers = new Headers(init.headers);
  let body = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  const res = await fetch(url, { ...init, headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** POSTs a body the way the kit's outbox does: JSON, with `Idempotency-Key` equal to its id. */
export const send = (base: string, path: string, body: Json, headers: Record<string, string> = {}) =>
  request(`${base}${path}`, { method: 'POST', json: body, headers: { 'idempotency-key': body.id, ...headers } });

export const admin = (base: string, path: string, init: RequestInit & { json?: unknown } = {}) =>
  request(`${base}/v1/admin${path}`, {
    ...init,
    headers: { authorization: `Bearer ${TOKEN}`, ...(init.headers as Record<string, string>) },
  });
