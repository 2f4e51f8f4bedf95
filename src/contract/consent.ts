import type { Text } from './text.js';
import type { CreditChoice } from './credits.js';

/** One part of the information, in plain language, with an optional Easy Read version. */
export interface ConsentSection {
  id: string;
  heading: Text;
  /** Plain text. A blank line starts a new paragraph. */
  body: Text;
  /** The same information in Easy Read: short sentences, common words. */
  easyRead?: Text;
  /** With `ageGroups`: the same information in words written for a young person, shown to them for their assent. */
  assent?: Text;
}

export type PaymentMethod = 'voucher' | 'bank' | 'cash' | 'choice';
/** How a person chose to be paid; `none`: they do not want to be paid (for example because of benefits). */
export type PaymentChoice = 'cash' | 'bank' | 'voucher' | 'none';

/** How people are paid for their time, and why in that way. */
export interface ConsentPayment {
  amount: number;
  /** An ISO 4217 code, such as `GBP`. */
  currency: string;
  /** What the amount is for: `session`, `hour`, `interview`… ("£25 for each session"). */
  per: Text;
  /** `choice`: the person chooses cash, bank transfer or a voucher. */
  method: PaymentMethod;
  /** Why it is paid this way. Needed for vouchers: say why not cash. */
  why?: Text;
  /** How payment may affect benefits, and where to get advice. Needed: people on benefits must be able to check before they start. */
  benefitsNote: Text;
  /** Travel, care and other costs that are paid back. */
  expenses?: Text;
}

/** One thing a person can agree to. Each is a separate, unticked checkbox. */
export interface ConsentStatement {
  id: string;
  text: Text;
  /** Plain words for the statement on its own, such as "Recording my voice": shown when withdrawing from it. */
  short?: Text;
  /** Needed to take part. Optional statements can be left unticked without any penalty. */
  required?: boolean;
  /** With `ageGroups`: the statement in words written for a young person, for their assent. */
  assent?: Text;
}

/** What a person is asked to agree to: the data of `<cp-consent-flow>`. */
export interface ConsentDefinition {
  id: string;
  /** The version of the information, recorded with the consent. */
  version: string;
  /** The date of this version (YYYY-MM-DD). */
  date: string;
  title: Text;
  organisation: { name: string; contact?: Text };
  sections: ConsentSection[];
  payment?: ConsentPayment;
  statements: ConsentStatement[];
  /** Ask how the person would like to be credited (step 4). */
  askCredit?: boolean;
  /** With `askCredit`: offer "Say that I took part with lived experience" to people who chose to be named. On unless `false`. */
  askLivedExperience?: boolean;
  /** Ask what the person needs to take part and how to contact them (step 5). */
  askAccessNeeds?: boolean;
  withdrawal: {
    how: Text;
    /** A date (`YYYY-MM-DD`) or words, such as "until the report is published". */
    until?: Text;
    /** What can happen to what a person already gave, for them to choose when withdrawing. */
    options?: { id: string; label: Text }[];
  };
  contacts: { team: Text; independent?: Text };
  /** Note, with nothing personal, when someone leaves without agreeing ("Leave without agreeing"): a `ConsentDecline` is sent to `/v1/consent`. */
  recordDeclines?: boolean;
  /** What changed in each version, so people who agreed to an older one can read it and agree again. */
  changes?: { version: string; date: string; summary: Text }[];
  /** Young people: below `parentalConsentBelow` a young person gives their own assent and a parent or carer consents (young-people.ts). */
  ageGroups?: ConsentAgeGroups;
}

/** Asks one optional, coarse question ("Are you under 16?"), never a date of birth. */
export interface ConsentAgeGroups {
  /** The age below which a parent's or carer's consent is needed, such as 16. */
  parentalConsentBelow: number;
}

/** How consent was taken: `online` by the person themselves; the others recorded by staff (`staff-mode`). */
export type ConsentMethod = 'online' | 'verbal' | 'paper' | 'assisted';

/** How a person wants to be named: the same choices as `<cp-credits>`. */
export type { CreditChoice };

export interface ConsentCredit {
  credit: CreditChoice;
  /** The name to use, for `full`, `first-name` and `initials`. */
  name?: string;
  pseudonym?: string;
  group?: string;
  /** `true` when the person chose "Say that I took part with lived experience" (offered with `full`, `first-name`, `initials` and `pseudonym`): the credits say "with lived experience" beside their name. Absent otherwise. */
  livedExperience?: boolean;
}

export type ContactMethod = 'email' | 'phone' | 'text' | 'post' | 'in-person';

export interface ConsentEvent {
  type: 'given';
  /** ISO 8601 date and time. */
  at: string;
}

/** What a person agreed to: the detail of `cp-consent` and the body POSTed to `/v1/consent`. */
export interface ConsentRecord {
  /** A new UUID for each record, sent as `Idempotency-Key`. For machines: never shown to people. */
  id: string;
  /** What the person reads out or types to find their record: two letters, then 8 characters, such as `PR-7K4Q-M2XD`. */
  reference: string;
  /** `sha256:<hex>` of the person's secret key (on their copy, never sent). */
  keyHash: string;
  consentId: string;
  version: string;
  /** `sha256:<hex>` of the canonical JSON of the definition that was shown. */
  textHash: string;
  /** Every statement id: true when ticked, false when not. */
  decisions: Record<string, boolean>;
  /** How the person would like to be paid, when they answered. `none`: they do not want to be paid. */
  payment?: { method: PaymentChoice };
  credit?: ConsentCredit;
  accessNeeds?: string;
  contact?: { method: ContactMethod };
  locale: string;
  format: 'standard' | 'easy-read';
  events: ConsentEvent[];
  /** How consent was taken. Records made before this field existed were all `online`. */
  method?: ConsentMethod;
  /** The staff member (name or role) who recorded consent taken by phone, on paper or with a supporter. */
  recordedBy?: string;
  /** With `ageGroups`: under or over the definition's age, or `not-said`. Absent when the question was skipped. */
  ageGroup?: 'under' | 'over' | 'not-said';
  /** With `ageGroups`: who gave the consent in `decisions`. */
  consentBy?: 'self' | 'parent-or-carer';
  /** Under the age: the young person's own answers. A statement may be acted on only when both they and the parent or carer agreed. */
  assent?: { decisions: Record<string, boolean> };
}

/** A withdrawal: the detail of `cp-consent-withdraw` and the body POSTed to `/v1/consent`. */
export interface ConsentWithdrawal {
  /** A new UUID, sent as `Idempotency-Key`. */
  id: string;
  /** The id of the record being withdrawn from. */
  recordId: string;
  consentId: string;
  type: 'withdrawn';
  at: string;
  /** True when the person withdraws from everything. */
  all: boolean;
  /** The statement ids withdrawn from. */
  statements: string[];
  reason?: string;
  /** The ids of the chosen `withdrawal.options`: what happens to what was already given. */
  options?: string[];
  /** The person's reference and key, when they came by their link or typed them: the collector checks them. */
  reference?: string;
  key?: string;
}

/** A person changed how they are credited: the body POSTed to `/v1/consent`, a new event like a withdrawal. */
export interface ConsentCreditChange {
  /** A new UUID, sent as `Idempotency-Key`. */
  id: string;
  recordId: string;
  consentId: string;
  type: 'credit-changed';
  at: string;
  credit: ConsentCredit;
  reference?: string;
  key?: string;
}
