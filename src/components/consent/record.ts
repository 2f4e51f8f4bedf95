/**
 * The consent record a person's answers make: pure functions, no Lit. The reference and key
 * helpers are in the shared contract (`src/contract/reference.ts`).
 */
export * from "../../contract/reference.js";
import type { ConsentSecret } from "../../contract/reference.js";
import { asksLived, creditOf, type ConsentAnswers } from "./consent-helpers.js";
import type {
  ConsentDefinition,
  ConsentRecord,
  PaymentChoice,
} from "./types.js";

/** The "manage my consent" link: `<base>?ref=<reference>&key=<key>`; none without a base URL. */
export function manageLink(
  base: string | undefined,
  secret: ConsentSecret,
): string | undefined {
  if (!base) return undefined;
  const url = new URL(base, globalThis.document?.baseURI);
  url.searchParams.set("ref", secret.reference);
  url.searchParams.set("key", secret.key);
  return url.href;
}

/** The ways a person can choose to be paid when the definition's `method` is `choice`. */
export const PAY_CHOICES: PaymentChoice[] = ["cash", "bank", "voucher"];

/** The payment answers offered: the choices (or the one way it is paid), and always "I do not want to be paid". */
export function payOptionsOf(def: ConsentDefinition): PaymentChoice[] {
  const m = def.payment?.method;
  if (!m) return [];
  return [...(m === "choice" ? PAY_CHOICES : [m]), "none"];
}

/** A day written as YYYY-MM-DD (and a real one), such as `withdrawal.until`. */
export const isDay = (text?: string): text is string =>
  !!text && /^\d{4}-\d\d-\d\d$/.test(text) && !Number.isNaN(Date.parse(text));

/** Everything the record needs besides the definition and the answers. */
export interface RecordParts {
  id: string;
  reference: string;
  keyHash: string;
  textHash: string;
  locale: string;
  easyRead: boolean;
  at?: string;
}

/** The record for a definition and the person's answers. JSON drops the parts that were not asked or not answered. */
export function buildRecord(
  def: ConsentDefinition,
  a: ConsentAnswers,
  p: RecordParts,
): ConsentRecord {
  const ask = def.askAccessNeeds;
  const pay =
    a.payment && payOptionsOf(def).includes(a.payment)
      ? { method: a.payment }
      : undefined;
  return JSON.parse(
    JSON.stringify({
      id: p.id,
      reference: p.reference,
      keyHash: p.keyHash,
      consentId: def.id,
      version: def.version,
      textHash: p.textHash,
      decisions: Object.fromEntries(
        def.statements.map((s) => [s.id, a.agreed.includes(s.id)]),
      ),
      payment: pay,
      credit: def.askCredit ? creditOf(a, asksLived(def)) : undefined,
      accessNeeds: (ask && a.access?.trim()) || undefined,
      contact: ask && a.contact ? { method: a.contact } : undefined,
      locale: p.locale,
      format: p.easyRead ? "easy-read" : "standard",
      events: [{ type: "given", at: p.at ?? new Date().toISOString() }],
    }),
  ) as ConsentRecord;
}
