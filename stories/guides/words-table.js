// Tables for the guides made from the code when Storybook is built, so they cannot go out of date:
// each widget's words (keys and English text from src/locales/en.json), the credits' built-in roles
// (from `creditRoles`) and what each All Contributors type becomes (by running
// `fromAllContributors`). Plain JavaScript with no imports of the kit: the MDX pages pass in what
// they import, and the node test (tests/node/guides.test.mjs) does the same.
import { cell } from './schema-table.js';

/**
 * Which string keys belong to which widget, by the start of the key (`pageFeedback…`). `except`
 * leaves keys out of the widget's words table because another table shows them (the roles').
 */
export const widgetWords = {
  'cp-feedback-form': { prefixes: ['feedbackForm'] },
  'cp-page-feedback': { prefixes: ['pageFeedback'] },
  'cp-impact-panel': { prefixes: ['impactPanel'] },
  'cp-credits': { prefixes: ['credits'], except: ['creditsRole'] },
  // With the words both consent elements show (`consent…`: the credit choice, lived experience).
  'cp-consent-flow': { prefixes: ['consent'], except: ['consentWithdraw'] },
  'cp-consent-withdraw': { prefixes: ['consentWithdraw'] },
};

/** Whether `key` starts with the word `prefix` (`credit` matches `creditTitle`, not `creditsTitle`). */
const startsWith = (key, prefix) =>
  key.startsWith(prefix) && (key.length === prefix.length || /[A-Z_]/.test(key[prefix.length]));

/** The keys of `strings` that start with one of `prefixes` and none of `except`, in file order. */
export const wordKeys = (strings, prefixes, except = []) =>
  Object.keys(strings).filter((k) => prefixes.some((p) => startsWith(k, p)) && !except.some((p) => startsWith(k, p)));

/** The keys no widget claims: words the widgets share (through the primitives and the core). */
export const sharedKeys = (strings) => {
  const claimed = new Set(Object.values(widgetWords).flatMap((w) => wordKeys(strings, w.prefixes)));
  return Object.keys(strings).filter((k) => !claimed.has(k));
};

/** A Markdown table of string keys and their English words. */
export function wordsTable(strings, keys) {
  return ['| Key | English |', '| --- | --- |', ...keys.map((k) => `| \`${k}\` | ${cell(`\`${strings[k]}\``)} |`)].join(
    '\n',
  );
}

/** The table of a widget's words, by its tag (`cp-credits`). */
export function widgetWordsTable(strings, tag) {
  const w = widgetWords[tag];
  if (!w) throw new Error(`no words are listed for ${tag}`);
  return wordsTable(strings, wordKeys(strings, w.prefixes, w.except));
}

/** The credits' built-in roles (`creditRoles`), in the order credits list them. */
export function rolesTable(roles) {
  return [
    '| Id | One person / a heading | Description (shown under the heading) | Closest CRediT role | Closest All Contributors type |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(roles).map(
      ([id, r]) =>
        `| \`${id}\` | ${cell(r.plural ? `${r.label} / ${r.plural}` : r.label)} | ${cell(r.description ?? '')} | ${cell(r.credit ?? '')} | ${r.allContributors ? `\`${r.allContributors}\`` : ''} |`,
    ),
  ].join('\n');
}

/**
 * The contribution types of All Contributors (allcontributors.org, "Emoji key"). The table below
 * runs each through the kit's converter, so what a type becomes always comes from the code; the
 * node test checks this list against the types the converter knows.
 */
export const allContributorsTypes = [
  'a11y',
  'audio',
  'blog',
  'bug',
  'business',
  'code',
  'content',
  'data',
  'design',
  'doc',
  'eventOrganizing',
  'example',
  'financial',
  'fundingFinding',
  'ideas',
  'infra',
  'maintenance',
  'mentoring',
  'platform',
  'plugin',
  'projectManagement',
  'promotion',
  'question',
  'research',
  'review',
  'security',
  'talk',
  'test',
  'tool',
  'translation',
  'tutorial',
  'userTesting',
  'video',
];

/** A made-up type, to show what the converter does with a type it does not know. */
export const unknownType = 'someNewType';

/**
 * What `fromAllContributors` makes of one contribution type: `{ id, label, builtIn }`, where
 * `builtIn` says whether it became one of `roles` (the built-in roles).
 */
export function convertType(fromAllContributors, roles, type) {
  const data = fromAllContributors({ contributors: [{ login: 'someone', contributions: [type] }] });
  const id = data.contributors[0]?.roles?.[0];
  if (id === undefined) return { id: undefined, label: '(left out)', builtIn: false };
  const role = data.roles?.[id] ?? roles[id];
  return { id, label: role?.label ?? id, builtIn: !data.roles?.[id] && Boolean(roles[id]) };
}

/** A Markdown table: each All Contributors type, and the role the converter makes of it. */
export function allContributorsTable(fromAllContributors, roles, types = allContributorsTypes) {
  const row = (type, shown) => {
    const r = convertType(fromAllContributors, roles, type);
    return `| ${shown} | ${r.builtIn ? 'built-in role' : 'custom role'} \`${r.id}\` | ${cell(r.label)} |`;
  };
  return [
    '| All Contributors type | Becomes | Heading |',
    '| --- | --- | --- |',
    ...types.map((t) => row(t, `\`${t}\``)),
    row(unknownType, `any other type, such as \`${unknownType}\``),
  ].join('\n');
}
