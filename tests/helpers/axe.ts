import { AXE_TAGS } from '../../shared/axe-tags.js';

export { AXE_TAGS };

/**
 * Rules turned off for story fragments. None: axe runs on the story's `<main>`, not the whole
 * document, so page-level rules (landmark-one-main, page-has-heading-one, bypass) do not apply
 * to it, and `region` passes because everything is inside `<main>`. List a rule here, with why,
 * only if a story truly cannot meet it; the README lists this.
 */
export const AXE_STORY_EXCLUDED_RULES: readonly string[] = [];

interface AxeNode {
  target: unknown;
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: AxeNode[];
}
interface Axe {
  version: string;
  run(context: Element, options: object): Promise<{ violations: AxeViolation[]; passes: { id: string }[] }>;
}

async function loadAxe(): Promise<Axe> {
  const w = window as unknown as { axe?: Axe };
  if (!w.axe) await import('axe-core/axe.min.js');
  return w.axe!;
}

export interface AxeOutcome {
  violations: AxeViolation[];
  /** How many rules passed. */
  passes: number;
  /** The rules that passed. */
  passed: string[];
  /** The axe-core version that ran (`window.axe.version`). */
  axeVersion: string;
}

/** One axe run inside `el` (open shadow roots included) for the kit's tags, with `disable`d rules off. */
export async function axeRun(el: Element, disable: readonly string[] = []): Promise<AxeOutcome> {
  const axe = await loadAxe();
  const { violations, passes } = await axe.run(el, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    rules: Object.fromEntries(disable.map((id) => [id, { enabled: false }])),
    // Passes are counted, but their nodes are not needed: keeping them costs time on big stories.
    resultTypes: ['violations'],
  });
  return { violations, passes: passes.length, passed: passes.map((p) => p.id), axeVersion: axe.version };
}

/** The given axe rules only (for example the contrast rules), whatever their tags. */
export async function axeRules(el: Element, ids: readonly string[]): Promise<AxeViolation[]> {
  const axe = await loadAxe();
  const { violations } = await axe.run(el, { runOnly: { type: 'rule', values: ids }, resultTypes: ['violations'] });
  return violations;
}

/** Every axe violation inside `el` (open shadow roots included) for the kit's tags. */
export async function axeViolations(el: Element): Promise<AxeViolation[]> {
  return (await axeRun(el)).violations;
}

export const describeViolations = (violations: AxeViolation[]): string =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.html}\n    ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');

/** Fails with a readable list when axe finds anything. */
export async function expectNoAxeViolations(el: Element): Promise<void> {
  const violations = await axeViolations(el);
  if (violations.length)
    throw new Error(`axe found ${violations.length} problem(s):\n${describeViolations(violations)}`);
}
