/**
 * The consent record, and the reference and key a person keeps: pure functions, no Lit.
 *
 * - The `reference` (`PR-7K4Q-M2XD`) is short enough to read out on the phone: two letters from
 *   the consent id, then 8 random characters from an alphabet with nothing that looks alike.
 * - The `key` is a secret of 28 characters from the same alphabet (over 137 bits), made in the
 *   browser. Only its hash (`keyHash`) goes in the record: the key itself is on the person's copy
 *   and in their "manage my consent" link, and nowhere else.
 */
import { sha256 } from "../../core/hash.js";
import { creditOf, type ConsentAnswers } from "./consent-helpers.js";
import type {
  ConsentDefinition,
  ConsentRecord,
  PaymentChoice,
} from "./types.js";

/** Crockford's base32 without 0 and 1 as well: no 0/O, 1/I/L or U. 30 characters. */
export const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
/** Characters of random in a reference (after the prefix) and in a key. */
export const REFERENCE_LENGTH = 8;
export const KEY_LENGTH = 28;
/** The prefix when the consent id has no usable letters. */
export const DEFAULT_PREFIX = "CP";

/** `n` random characters of the alphabet, from `crypto.getRandomValues`, without bias. */
export function randomChars(n: number): string {
  let out = "";
  // 240 is the largest multiple of 30 under 256: bytes above it would favour the first characters.
  while (out.length < n)
    for (const b of crypto.getRandomValues(new Uint8Array(n * 2)))
      if (b < 240 && out.length < n) out += ALPHABET[b % ALPHABET.length];
  return out;
}

/**
 * Two letters that say which study a reference belongs to: the first letters of the consent id's
 * first two words (`peer-research-2026` → `PR`), then its other letters, leaving out letters that
 * look like digits (I, L, O) and U. `CP` when there are not two.
 */
export function referencePrefix(consentId: string): string {
  const words = consentId
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter(Boolean);
  const letters = [...words.map((w) => w[0]!), ...words.join("")].filter(
    (c) => /[A-Z]/.test(c) && ALPHABET.includes(c),
  );
  return letters.length >= 2 ? letters.slice(0, 2).join("") : DEFAULT_PREFIX;
}

/** A new reference such as `PR-7K4Q-M2XD`. */
export function newReference(consentId: string): string {
  const r = randomChars(REFERENCE_LENGTH);
  return `${referencePrefix(consentId)}-${r.slice(0, 4)}-${r.slice(4)}`;
}

/** A reference as typed or read out (`pr 7k4q m2xd`), written as it is shown: `PR-7K4Q-M2XD`. */
export function normaliseReference(text: string): string {
  const c = text.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return c.length === 2 + REFERENCE_LENGTH
    ? `${c.slice(0, 2)}-${c.slice(2, 6)}-${c.slice(6)}`
    : c;
}

/** A new secret key: 28 characters, over 128 bits. */
export const newKey = (): string => randomChars(KEY_LENGTH);

/** A key as typed: upper case, without the spaces and dashes it is shown with. */
export const normaliseKey = (text: string): string =>
  text.toUpperCase().replace(/[^0-9A-Z]/g, "");

/** A key in groups of four, to read and type: `7K4Q M2XD …`. */
export const groupKey = (key: string): string =>
  normaliseKey(key)
    .match(/.{1,4}/g)
    ?.join(" ") ?? "";

/** `sha256:<hex>` of the key (as normalised): what the record carries instead of the key. */
export const keyHashOf = async (key: string): Promise<string> =>
  `sha256:${await sha256(normaliseKey(key))}`;

/** What a person keeps: their reference and their secret key. Kept with the draft, so retries keep it. */
export interface ConsentSecret {
  reference: string;
  key: string;
}

export const newSecret = (consentId: string): ConsentSecret => ({
  reference: newReference(consentId),
  key: newKey(),
});

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
      credit: def.askCredit ? creditOf(a) : undefined,
      accessNeeds: (ask && a.access?.trim()) || undefined,
      contact: ask && a.contact ? { method: a.contact } : undefined,
      locale: p.locale,
      format: p.easyRead ? "easy-read" : "standard",
      events: [{ type: "given", at: p.at ?? new Date().toISOString() }],
    }),
  ) as ConsentRecord;
}
