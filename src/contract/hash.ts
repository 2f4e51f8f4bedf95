/**
 * Canonical JSON and SHA-256, so a consent record can prove exactly which text was shown.
 *
 * `canonical()` writes JSON with every object's keys sorted (by UTF-16 code units) and no white
 * space, as RFC 8785 (JCS) does, so the same definition gives the same text however its keys
 * were ordered. `sha256()` uses `crypto.subtle` where the browser has it (secure contexts) and a
 * small pure-JS version elsewhere, such as a plain-HTTP intranet page.
 */

/** JSON with sorted keys and no white space. `undefined` object values are left out, as in JSON.stringify. */
export const canonical = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(',')}]`
    : v && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : (JSON.stringify(v) ?? 'null');

const hex = (words: Iterable<number>, width: number) =>
  [...words].map((w) => (w >>> 0).toString(16).padStart(width, '0')).join('');

const ror = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** SHA-256 in plain JavaScript (FIPS 180-4), for pages where `crypto.subtle` is missing. */
export function sha256Fallback(data: Uint8Array): string {
  // The constants are the fractional parts of the square and cube roots of the first primes.
  const K: number[] = [];
  let H: number[] = [];
  for (let c = 2; K.length < 64; c++) {
    let prime = true;
    for (let d = 2; d * d <= c; d++) if (c % d === 0) prime = false;
    if (prime) {
      if (H.length < 8) H.push((Math.sqrt(c) * 2 ** 32) | 0);
      K.push((Math.cbrt(c) * 2 ** 32) | 0);
    }
  }
  const len = data.length;
  const words = new Uint32Array((((len + 8) >> 6) + 1) << 4);
  for (let i = 0; i < len; i++) words[i >> 2]! |= data[i]! << (24 - (i & 3) * 8);
  words[len >> 2]! |= 0x80 << (24 - (len & 3) * 8);
  words[words.length - 1] = len * 8;
  words[words.length - 2] = len / 2 ** 29;
  const w = new Uint32Array(64);
  for (let j = 0; j < words.length; j += 16) {
    let [a, b, c, d, e, f, g, h] = H as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      if (i < 16) w[i] = words[j + i]!;
      else {
        const x = w[i - 15]!;
        const y = w[i - 2]!;
        w[i] = w[i - 16]! + (ror(x, 7) ^ ror(x, 18) ^ (x >>> 3)) + w[i - 7]! + (ror(y, 17) ^ ror(y, 19) ^ (y >>> 10));
      }
      const t1 = h + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!;
      const t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    H = H.map((x, i) => (x + [a, b, c, d, e, f, g, h][i]!) | 0);
  }
  return hex(H, 8);
}

/** The SHA-256 of a string's UTF-8 bytes, in lower-case hex. */
export async function sha256(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const subtle = globalThis.crypto?.subtle;
  return subtle ? hex(new Uint8Array(await subtle.digest('SHA-256', bytes)), 2) : sha256Fallback(bytes);
}

/** `sha256:<hex>` of the canonical JSON of a value: the fingerprint of exactly what was shown. */
export const textHash = async (value: unknown): Promise<string> => `sha256:${await sha256(canonical(value))}`;
