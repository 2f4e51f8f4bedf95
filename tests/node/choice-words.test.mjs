// No built-in string calls a choice people are entitled to make (not agreeing, skipping, leaving,
// withdrawing, preferring not to say) an "error" or a "problem". Those words are kept for what
// really went wrong, and each such string is listed here with the reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';

const root = new URL('../../', import.meta.url);

/** Every `*.strings.ts` under src/. */
async function stringFiles() {
  const found = [];
  for (const entry of await readdir(new URL('src/', root), { recursive: true })) {
    const path = `src/${entry.replaceAll('\\', '/')}`;
    if (path.endsWith('.strings.ts')) found.push(path);
  }
  return found.sort();
}

/** `key: 'text'` entries (keys may be quoted, text in ', " or `). */
function entries(source) {
  const out = [];
  const re =
    /^\s*(?:'([^']+)'|"([^"]+)"|([A-Za-z_$][\w$]*))\s*:\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`([^`]*)`)\s*,?\s*$/gm;
  for (const m of source.matchAll(re)) out.push([m[1] ?? m[2] ?? m[3], m[4] ?? m[5] ?? m[6]]);
  return out;
}

/** The only strings that may say "error" or "problem": each is about something that really went wrong. */
const GENUINE = {
  errorPrefix: 'read before a message about an answer that cannot be accepted as it is',
  errorSummaryTitle:
    'the error summary, shown only for answers that cannot be accepted (never for a declined statement)',
  titleError: 'the page title while the error summary shows',
  invalidData: 'the page author’s definition is broken',
  pageFeedbackReport: 'a person reporting a fault with the page',
};
const WORDS = /\b(errors?|problems?)\b/i;

const all = [];
for (const file of await stringFiles()) {
  for (const [key, text] of entries(await readFile(new URL(file, root), 'utf8'))) all.push({ file, key, text });
}
// Words not written out in their strings file come from en.json, written from the code: the role
// words (generated keys) and the rating's (shared with the collector, in src/contract/feedback-words.ts).
const english = JSON.parse(await readFile(new URL('src/locales/en.json', root), 'utf8')).strings;
const elsewhere = [
  [/^creditsRole/, 'src/components/credits/roles.strings.ts'],
  [/^rating\d$/, 'src/components/rating/rating.strings.ts'],
];
for (const [key, text] of Object.entries(english))
  for (const [pattern, file] of elsewhere) if (pattern.test(key)) all.push({ file, key, text });

test('reads every strings file', async () => {
  const files = await stringFiles();
  assert.ok(files.includes('src/components/consent/decline.strings.ts'));
  assert.ok(files.includes('src/components/consent/consent-flow.strings.ts'));
  for (const file of files)
    assert.ok(
      all.some((s) => s.file === file),
      `no strings read from ${file}`,
    );
  assert.ok(all.length > 150, `only ${all.length} strings read`);
});

test('no built-in string says "error" or "problem", except where something really went wrong', () => {
  const wrong = all
    .filter((s) => WORDS.test(s.text) && !(s.key in GENUINE))
    .map((s) => `${s.file} ${s.key}: ${s.text}`);
  assert.deepEqual(wrong, []);
});

test('declining a statement, and leaving without agreeing, is never an error or a problem', () => {
  const decline = all.filter((s) => s.file.endsWith('decline.strings.ts'));
  const keys = decline.map((s) => s.key);
  for (const key of [
    'consentFlowDeclineTitle_one',
    'consentFlowDeclineNeed_one',
    'consentFlowDeclineFine',
    'consentFlowDeclineOther',
    'consentFlowDeclineLeave',
    'consentFlowDeclined',
    'consentFlowDeclinedNothingSent',
  ])
    assert.ok(keys.includes(key), `${key} is missing`);
  for (const s of decline) {
    assert.doesNotMatch(s.text, WORDS, `${s.key}: ${s.text}`);
    assert.doesNotMatch(s.text, /\b(invalid|must|fail(ed|ure)?|wrong|mandatory)\b/i, `${s.key}: ${s.text}`);
  }
  // The words people read about a required statement say what it means, and that not agreeing is fine.
  const text = Object.fromEntries(decline.map((s) => [s.key, s.text]));
  assert.match(text.consentFlowDeclineNeed_one, /to take part/);
  assert.match(text.consentFlowDeclineFine, /fine/);
  assert.match(text.consentFlowDeclineOther, /\{team\}/);
});
