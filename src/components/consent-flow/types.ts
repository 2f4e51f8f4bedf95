import type { CreditChoice } from '../credits/types.js';

/** One part of the information, in plain language, with an optional Easy Read version. */
export interface ConsentSection {
  id: string;
  heading: string;
  /** Plain text. A blank line starts a new paragraph. */
  body: string;
  /** The same information in Easy Read: short sentences, common words. */
  easyRead?: string;
}

export type PaymentMethod = 'voucher' | 'bank' | 'cash' | 'choice';

/** How people are paid for their time, and why in that way. */
export interface ConsentPayment {
  amount: number;
  /** An ISO 4217 code, such as `GBP`. */
  currency: string;
  /** What the amount is for: `session`, `hour`, `interview`… ("£25 for each session"). */
  per: string;
  /** `choice`: the person chooses cash, bank transfer or a voucher. */
  method: PaymentMethod;
  /** Why it is paid this way. Needed for vouchers: say why not cash. */
  why?: string;
  /** How payment may affect benefits, and where to get advice. Needed: people on benefits must be able to check before they start. */
  benefitsNote: string;
  /** Travel, care and other costs that are paid back. */
  expenses?: string;
}

/** One thing a person can agree to. Each is a separate, unticked checkbox. */
export interface ConsentStatement {
  id: string;
  text: string;
  /** Needed to take part. Optional statements can be left unticked without any penalty. */
  required?: boolean;
}

/** What a person is asked to agree to: the data of `<cp-consent-flow>`. */
export interface ConsentDefinition {
  id: string;
  /** The version of the information, recorded with the consent. */
  version: string;
  /** The date of this version (YYYY-MM-DD). */
  date: string;
  title: string;
  organisation: { name: string; contact?: string };
  sections: ConsentSection[];
  payment?: ConsentPayment;
  statements: ConsentStatement[];
  /** Ask how the person would like to be credited (step 4). */
  askCredit?: boolean;
  /** Ask what the person needs to take part and how to contact them (step 5). */
  askAccessNeeds?: boolean;
  withdrawal: { how: string; until?: string };
  contacts: { team: string; independent?: string };
}

/** How a person wants to be named: the same choices as `<cp-credits>`. */
export type { CreditChoice };

export interface ConsentCredit {
  credit: CreditChoice;
  /** The name to use, for `full`, `first-name` and `initials`. */
  name?: string;
  pseudonym?: string;
  group?: string;
}

export type ContactMethod = 'email' | 'phone' | 'text' | 'post' | 'in-person';

export interface ConsentEvent {
  type: 'given';
  /** ISO 8601 date and time. */
  at: string;
}

/** What a person agreed to: the detail of `cp-consent` and the body POSTed to `/v1/consent`. */
export interface ConsentRecord {
  /** A new UUID for each record, sent as `Idempotency-Key`. */
  id: string;
  consentId: string;
  version: string;
  /** `sha256:<hex>` of the canonical JSON of the definition that was shown. */
  textHash: string;
  /** Every statement id: true when ticked, false when not. */
  decisions: Record<string, boolean>;
  credit?: ConsentCredit;
  accessNeeds?: string;
  contact?: { method: ContactMethod };
  locale: string;
  format: 'standard' | 'easy-read';
  events: ConsentEvent[];
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
}
