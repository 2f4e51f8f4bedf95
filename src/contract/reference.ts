/**
 * The reference and key a person keeps for their consent, shared by the widgets and the collector.
 *
 * - The `reference` (`PR-7K4Q-M2XD`) is short enough to read out on the phone: two letters from
 *   the consent id, then 8 random characters from an alphabet with nothing that looks alike.
 * - The `key` is a secret of 28 characters from the same alphabet (over 137 bits), made in the
 *   browser. Only its hash (`keyHash`) goes in the record: the key itself is on the person's copy
 *   and in their "manage my consent" link. The collector hashes a key it is given the same way.
 */
import { sha256 } from './hash.js';

/** Crockford's base32 without 0 and 1 as well: no 0/O, 1/I/L or U. 30 characters. */
export const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Characters of random in a reference (after the prefix) and in a key. */
export const REFERENCE_LENGTH = 8;
export const KEY_LENGTH = 28;
/** The prefix when the consent id has no usable letters. */
export const DEFAULT_PREFIX = 'CP';

/** `n` random characters of the alphabet, from `crypto.getRandomValues`, without bias. */
export function randomChars(n: number): string {
  let out = '';
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
  const letters = [...words.map((w) => w[0]!), ...words.join('')].filter(
    (c) => /[A-Z]/.test(c) && ALPHABET.includes(c),
  );
  return letters.length >= 2 ? letters.slice(0, 2).join('') : DEFAULT_PREFIX;
}

/** A new reference such as `PR-7K4Q-M2XD`. */
export function newReference(consentId: string): string {
  const r = randomChars(REFERENCE_LENGTH);
  return `${referencePrefix(consentId)}-${r.slice(0, 4)}-${r.slice(4)}`;
}

/** A reference as typed or read out (`pr 7k4q m2xd`), written as it is shown: `PR-7K4Q-M2XD`. */
export function normaliseReference(text: string): string {
  const c = text.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return c.length === 2 + REFERENCE_LENGTH ? `${c.slice(0, 2)}-${c.slice(2, 6)}-${c.slice(6)}` : c;
}

/** A new secret key: 28 characters, over 128 bits. */
export const newKey = (): string => randomChars(KEY_LENGTH);

/** A key as typed: upper case, without the spaces and dashes it is shown with. */
export const normaliseKey = (text: string): string => text.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** A key in groups of four, to read and type: `7K4Q M2XD …`. */
export const groupKey = (key: string): string =>
  normaliseKey(key)
    .match(/.{1,4}/g)
    ?.join(' ') ?? '';

/** `sha256:<hex>` of the key (as normalised): what the record carries instead of the key. */
export const keyHashOf = async (key: string): Promise<string> => `sha256:${await sha256(normaliseKey(key))}`;

/** What a person keeps: their reference and their secret key. Kept with the draft, so retries keep it. */
export interface ConsentSecret {
  reference: string;
  key: string;
}

export const newSecret = (consentId: string): ConsentSecret => ({
  reference: newReference(consentId),
  key: newKey(),
});
