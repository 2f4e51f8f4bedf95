// record.ts on its own: the record, the hash and the reference are pure, with no element and no DOM.
import { expect } from '@open-wc/testing';
import {
  buildRecord,
  isEasy,
  keyHashOf,
  newSecret,
  payOptionsOf,
  recordOf,
  staffRecord,
  textHash,
  youngRecord,
  type RecordParts,
} from '../src/components/consent/record.js';
import type { ConsentAnswers } from '../src/components/consent/consent-helpers.js';
import type { ConsentDefinition } from '../src/components/consent/types.js';
import recordSchema from '../src/contract/schemas/consent-record.schema.json';
import { check, type Schema } from '../src/core/schema.js';
import peerResearch from '../stories/data/consent/peer-research.json';
import youngCarers from '../stories/data/consent/young-carers.json';

const study = peerResearch as unknown as ConsentDefinition;
const young = youngCarers as unknown as ConsentDefinition;
const AT = '2026-02-01T10:00:00.000Z';
const parts: RecordParts = {
  id: '7b0e6f43-5c1a-4d1e-9a53-7a1c0b2f9e10',
  reference: 'PR-7K4Q-M2XD',
  keyHash: 'sha256:' + 'a'.repeat(64),
  textHash: 'sha256:' + 'b'.repeat(64),
  locale: 'en',
  easyRead: false,
  at: AT,
};
const answers = (a: Partial<ConsentAnswers> = {}): ConsentAnswers => ({ agreed: [], ...a });

describe('record.ts: the consent record, built without the element', () => {
  it('records a decision for every statement, the version, the text hash and when', () => {
    const rec = buildRecord(study, answers({ agreed: ['read', 'voluntary', 'notes', 'quotes'] }), parts);
    expect(rec.decisions).to.deep.equal({
      read: true,
      voluntary: true,
      notes: true,
      audio: false,
      quotes: true,
      future: false,
    });
    expect([rec.id, rec.reference, rec.keyHash, rec.textHash]).to.deep.equal([
      parts.id,
      parts.reference,
      parts.keyHash,
      parts.textHash,
    ]);
    expect([rec.consentId, rec.version]).to.deep.equal([study.id, study.version]);
    expect(rec.events).to.deep.equal([{ type: 'given', at: AT }]);
    expect(rec.format).to.equal('standard');
    expect(rec.method).to.equal('online');
    expect(check(recordSchema as Schema, rec)).to.deep.equal([]);
  });

  it('leaves out what was not answered, and what the definition does not ask', () => {
    const rec = buildRecord(study, answers(), parts) as unknown as Record<string, unknown>;
    for (const key of ['payment', 'credit', 'accessNeeds', 'contact', 'recordedBy', 'ageGroup', 'consentBy', 'assent'])
      expect(rec, key).not.to.have.property(key);
    const noAsk = { ...study, askCredit: false, askAccessNeeds: false };
    const full = buildRecord(
      noAsk,
      answers({ credit: 'full', creditName: 'Sam', access: 'Large print', contact: 'email' }),
      parts,
    ) as unknown as Record<string, unknown>;
    for (const key of ['credit', 'accessNeeds', 'contact']) expect(full, key).not.to.have.property(key);
  });

  it('records credit, access needs and contact when asked and answered, trimmed', () => {
    const rec = buildRecord(
      study,
      answers({
        credit: 'first-name',
        creditName: '  Sam  ',
        lived: ['yes'],
        access: ' Large print ',
        contact: 'phone',
      }),
      parts,
    );
    expect(rec.credit).to.deep.equal({ credit: 'first-name', name: 'Sam', livedExperience: true });
    expect(rec.accessNeeds).to.equal('Large print');
    expect(rec.contact).to.deep.equal({ method: 'phone' });
  });

  it('records only a payment answer the definition offers', () => {
    expect(payOptionsOf(study)).to.deep.equal(['voucher', 'none']);
    expect(buildRecord(study, answers({ payment: 'none' }), parts).payment).to.deep.equal({ method: 'none' });
    expect(buildRecord(study, answers({ payment: 'cash' }), parts)).not.to.have.property('payment');
    expect(payOptionsOf({ ...study, payment: { ...study.payment!, method: 'choice' } })).to.deep.equal([
      'cash',
      'bank',
      'voucher',
      'none',
    ]);
    expect(payOptionsOf({ ...study, payment: undefined })).to.deep.equal([]);
  });

  it('says Easy Read only when the person read it and the definition has it', () => {
    expect(isEasy(study, answers({ easy: true }))).to.equal(true);
    expect(isEasy(study, answers())).to.equal(false);
    const plain = { ...study, sections: study.sections.map((s) => ({ ...s, easyRead: undefined })) };
    expect(isEasy(plain, answers({ easy: true }))).to.equal(false);
    expect(buildRecord(study, answers(), { ...parts, easyRead: true }).format).to.equal('easy-read');
  });

  it('staff mode: how consent was taken and who recorded it; online without staff mode', () => {
    expect(staffRecord(answers({ method: 'paper', recordedBy: ' Jo ' }), true)).to.deep.equal({
      method: 'paper',
      recordedBy: 'Jo',
    });
    expect(staffRecord(answers({ method: 'paper', recordedBy: 'Jo' }), false)).to.deep.equal({ method: 'online' });
    expect(staffRecord(answers({ recordedBy: 'Jo' }), true)).to.deep.equal({ method: 'online' });
    const rec = buildRecord(study, answers({ method: 'verbal', recordedBy: 'Jo' }), { ...parts, staffMode: true });
    expect([rec.method, rec.recordedBy]).to.deep.equal(['verbal', 'Jo']);
  });

  it('young people: the age group, who consented, and the assent, only with ageGroups', () => {
    expect(youngRecord(study, answers({ age: 'under' }))).to.deep.equal({});
    expect(youngRecord(young, answers({ age: 'over' }))).to.deep.equal({ ageGroup: 'over', consentBy: 'self' });
    expect(youngRecord(young, answers({ age: 'under', assented: ['quotes'] }))).to.deep.equal({
      ageGroup: 'under',
      consentBy: 'parent-or-carer',
      assent: { decisions: { 'take-part': false, quotes: true } },
    });
    const rec = buildRecord(young, answers({ age: 'under', agreed: ['take-part'], assented: ['take-part'] }), parts);
    expect(check(recordSchema as Schema, rec)).to.deep.equal([]);
  });

  it('recordOf: the reference and the hash of the key, never the key; the same answers make the same record', async () => {
    const secret = newSecret(study.id);
    const hash = await textHash(study);
    const input = { id: parts.id, secret, textHash: hash, locale: 'cy', at: AT };
    const rec = await recordOf(study, answers({ agreed: ['read'], easy: true }), input);
    expect(rec.reference).to.equal(secret.reference);
    expect(rec.keyHash).to.equal(await keyHashOf(secret.key));
    expect(JSON.stringify(rec)).not.to.include(secret.key);
    expect([rec.textHash, rec.locale, rec.format]).to.deep.equal([hash, 'cy', 'easy-read']);
    expect(await recordOf(study, answers({ agreed: ['read'], easy: true }), input)).to.deep.equal(rec);
  });

  it('textHash: the same text gives the same hash, and any change to the words a new one', async () => {
    const hash = await textHash(study);
    expect(hash).to.match(/^sha256:[0-9a-f]{64}$/);
    expect(await textHash(JSON.parse(JSON.stringify(study)))).to.equal(hash);
    const changed = { ...study, statements: study.statements.map((s, i) => (i ? s : { ...s, text: s.text + '.' })) };
    expect(await textHash(changed)).not.to.equal(hash);
  });
});
