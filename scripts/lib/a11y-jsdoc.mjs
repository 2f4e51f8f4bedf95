// Accessibility facts kept in each component class's JSDoc, next to the code they describe, and
// copied into custom-elements.json (declaration field `a11y`) for the accessibility report
// (`npm run a11y-report`). Tags, one fact each; a fact may continue on the following lines:
//
//   @a11y-criterion 1.3.1 | how the component meets it          (a WCAG 2.2 success criterion)
//   @a11y-key Tab | what the key does                            (a row of the keyboard table)
//   @a11y-role part | role | accessible name | states and properties
//
// Known limitations are not repeated here: the report takes them from each component's
// Storybook docs (the `accessibility({ limitations })` block of its stories file).

const TAGS = { 'a11y-criterion': 'criteria', 'a11y-key': 'keyboard', 'a11y-role': 'roles' };
const COLUMNS = { criteria: ['id', 'how'], keyboard: ['key', 'action'], roles: ['part', 'role', 'name', 'states'] };

/**
 * Reads the a11y tags of one JSDoc comment (its raw text, with `/**`, `*` and `*\/`).
 * @returns {{ criteria: object[], keyboard: object[], roles: object[], problems: string[] }}
 */
export function parseA11yTags(comment) {
  const out = { criteria: [], keyboard: [], roles: [], problems: [] };
  const lines = comment
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\*?\s?/, '').trimEnd());
  /** @type {{ tag: string, text: string }[]} */
  const tags = [];
  for (const line of lines) {
    const m = line.match(/^@([\w-]+)\s*(.*)$/);
    if (m) tags.push({ tag: m[1], text: m[2] });
    else if (tags.length && line.trim()) tags.at(-1).text += ` ${line.trim()}`;
  }
  for (const { tag, text } of tags) {
    const kind = TAGS[tag];
    if (!kind) continue;
    const cells = text.split(/\s+\|\s+/).map((c) => c.trim());
    const columns = COLUMNS[kind];
    if (cells.length !== columns.length || cells.some((c) => !c)) {
      out.problems.push(`@${tag} needs ${columns.length} parts separated by " | " (${columns.join(' | ')}): "${text}"`);
      continue;
    }
    out[kind].push(Object.fromEntries(columns.map((c, i) => [c, cells[i]])));
  }
  return out;
}

/** The analyzer plugin: adds `a11y` to each class declaration whose JSDoc has a11y tags. */
export function a11yJsdocPlugin() {
  return {
    name: 'coproduce-kit:a11y-jsdoc',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name || !node.jsDoc?.length) return;
      const facts = parseA11yTags(node.jsDoc.map((d) => d.getFullText()).join('\n'));
      if (!facts.criteria.length && !facts.keyboard.length && !facts.roles.length && !facts.problems.length) return;
      const decl = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      if (!decl) return;
      const { problems, ...a11y } = facts;
      decl.a11y = a11y;
      // The report refuses a declaration with problems, so a malformed tag cannot slip through.
      if (problems.length) decl.a11y.problems = problems;
    },
  };
}
