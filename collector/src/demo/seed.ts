// Loads the demo round (demo/data.ts) into a running collector over its own API, as a script
// would: admin writes with the bearer token, feedback and consent as the widgets send them (with
// the Origin of an allowed site). Used by `npm start`, the back office's browser tests and the
// screenshot script.
import { randomBytes, randomUUID } from 'node:crypto';
import { keyHashOf, newKey, newReference } from '../../../src/contract/reference.js';
import { textHash } from '../../../src/contract/hash.js';
import { DEMO, demoConsent, demoCredits, demoForms, demoImpact, demoPanel, demoSubmissions } from './data.js';

export { DEMO } from './data.js';

export interface SeedOptions {
  /** The collector, such as http://127.0.0.1:8787. */
  baseUrl: string;
  /** Its COLLECTOR_ADMIN_TOKEN. */
  token: string;
  /** An origin in its COLLECTOR_ALLOWED_ORIGINS: feedback and consent are sent "from" it. */
  origin: string;
  /** The demo admin's password. Default: a new random one. */
  password?: string;
  /** "Now" for the submissions' dates (they spread over the five weeks before it). */
  now?: Date;
}

export interface SeedResult {
  /** False when the demo project was already there (nothing was sent). */
  seeded: boolean;
  /** The demo admin's email, and the password when the account was made by this call. */
  email: string;
  password?: string;
  /** Set when the staff account could not be made (for example the collector has no staff API). */
  staffProblem?: string;
  /** The consent records sent, with their ids (tests use them). */
  consentRecordIds: string[];
  feedbackIds: string[];
}

type Json = Record<string, any>;

class SeedError extends Error {}

/** True when the demo project is already stored. */
export async function demoExists(baseUrl: string, token: string): Promise<boolean> {
  const res = await fetch(`${baseUrl}/v1/admin/projects/${DEMO.projectId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status === 200) return true;
  if (res.status === 404) return false;
  throw new SeedError(`The collector answered ${res.status} when asked for the demo project: ${await res.text()}`);
}

/** Sends the demo data once: skips everything when the demo project already exists. */
export async function seedDemo(options: SeedOptions): Promise<SeedResult> {
  const { baseUrl, token, origin } = options;
  const now = options.now ?? new Date();
  const result: SeedResult = { seeded: false, email: DEMO.staffEmail, consentRecordIds: [], feedbackIds: [] };
  if (await demoExists(baseUrl, token)) return result;

  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Json> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new SeedError(`${method} ${path} answered ${res.status}: ${text}`);
    return text ? (JSON.parse(text) as Json) : {};
  };
  const admin = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    call(method, `/v1/admin${path}`, body, { authorization: `Bearer ${token}`, ...headers });
  // As the kit's outbox sends: the Idempotency-Key is the body's id.
  const send = (path: string, body: Json) => call('POST', path, body, { origin, 'idempotency-key': body.id });

  for (const form of demoForms) await admin('PUT', `/forms/${DEMO.formId}`, form);
  await admin('PUT', `/consent-definitions/${DEMO.consentId}`, demoConsent);

  const submissions = demoSubmissions(now, `${origin}/food-survey`);
  for (const submission of submissions) {
    await send('/v1/feedback', submission);
    result.feedbackIds.push(submission.id);
  }
  // Answers about the bus and about the shops: linked to "you said" items and tagged with themes.
  const about = (words: RegExp) =>
    submissions
      .filter((s) => typeof s.answers.story === 'string' && words.test(s.answers.story))
      .map((s) => s.id as string);
  const transport = about(/bus|buses|underpass/i);
  const cost = about(/afford|price|pay double|pounds/i);

  const shownText = await textHash(demoConsent);
  for (const [i, person] of demoPanel.entries()) {
    const given = new Date(now.getTime() - (30 - i * 3) * 24 * 3600 * 1000).toISOString();
    const record: Json = {
      id: randomUUID(),
      reference: newReference(DEMO.consentId),
      keyHash: await keyHashOf(newKey()),
      consentId: DEMO.consentId,
      version: demoConsent.version,
      textHash: shownText,
      decisions: { read: true, notes: true, photos: person.photos, quotes: person.quotes },
      credit: person.credit,
      ...(person.payment && { payment: person.payment }),
      ...(person.accessNeeds && { accessNeeds: person.accessNeeds }),
      locale: 'en-GB',
      format: person.format ?? 'standard',
      events: [{ type: 'given', at: given }],
    };
    await send('/v1/consent', record);
    result.consentRecordIds.push(record.id);
    if (person.withdraw) {
      // A withdrawal received by phone: the panel member stopped, and asked for their photos to come out.
      await admin(
        'POST',
        `/consent/${record.id}/withdrawals`,
        {
          all: false,
          statements: ['photos'],
          reason: 'Told us by phone: no more photos, please.',
          recordedBy: 'Sam Okafor',
        },
        { 'idempotency-key': randomUUID() },
      );
    }
  }

  await admin('PUT', `/impact/${DEMO.panelId}`, demoImpact);
  for (const feedbackId of transport)
    await admin('POST', `/impact/${DEMO.panelId}/items/late-bus/links`, { feedbackId, questionId: 'story' });
  await admin('PUT', `/credits/${DEMO.projectId}`, demoCredits);
  // Roles for two panel members, as staff assign them in the credits view.
  for (const id of result.consentRecordIds.slice(0, 2))
    await admin('PUT', `/consent/${id}/roles`, { roles: ['panel-member'] });

  // The staff account; the project goes last, so a seed that stopped half way runs again next time.
  const password = options.password ?? randomBytes(15).toString('base64url');
  const staff = await addDemoStaff(baseUrl, token, password);
  if (staff === 'created' || staff === 'reset') result.password = password;
  else result.staffProblem = staff;

  await admin('PUT', `/projects/${DEMO.projectId}`, {
    name: 'Eastfield Community Food Project',
    consentId: DEMO.consentId,
    forms: [DEMO.formId],
    impactPanelId: DEMO.panelId,
    credits: { title: demoCredits.title },
  });
  await addThemes(admin, { Transport: transport, 'Cost of food': cost });
  result.seeded = true;
  return result;
}

/**
 * Makes the demo admin account (admin@example.org) with `password`, or, when it is already there,
 * gives it this password (a local demo prints a new one at each start rather than keeping one on
 * disk). 'created' or 'reset', or the collector's answer when neither worked.
 */
export async function addDemoStaff(
  baseUrl: string,
  token: string,
  password: string,
): Promise<'created' | 'reset' | string> {
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${baseUrl}/v1/admin${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const res = await call('POST', '/staff', { email: DEMO.staffEmail, role: 'admin', password });
  if (res.status === 201 || res.status === 200) return 'created';
  if (res.status !== 409) return `POST /v1/admin/staff answered ${res.status}: ${await res.text()}`;
  const list = (await (await call('GET', '/staff')).json()) as { staff?: { id: string; email: string }[] };
  const member = list.staff?.find((m) => m.email === DEMO.staffEmail);
  if (!member) return 'the demo account exists but is not in the staff list';
  const reset = await call('PUT', `/staff/${member.id}`, { password, disabled: false });
  return reset.ok ? 'reset' : `PUT /v1/admin/staff/${member.id} answered ${reset.status}: ${await reset.text()}`;
}

/**
 * Themes shared by the project, with a few answers tagged. Best effort: a collector without the
 * themes routes (404) is seeded all the same.
 */
async function addThemes(
  admin: (method: string, path: string, body?: unknown) => Promise<Json>,
  themes: Record<string, string[]>,
): Promise<void> {
  const base = `/projects/${DEMO.projectId}/themes`;
  for (const [name, feedbackIds] of Object.entries(themes)) {
    let theme: Json;
    try {
      theme = await admin('POST', base, { name });
    } catch (e) {
      if (e instanceof SeedError && / 404: /.test(e.message)) return;
      throw e;
    }
    for (const feedbackId of feedbackIds)
      await admin('POST', `${base}/${theme.id}/tags`, { feedbackId, questionId: 'story' });
  }
}
