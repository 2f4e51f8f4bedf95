/** The axe rule tags every component and story must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

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
  run(context: Element, options: object): Promise<{ violations: AxeViolation[] }>;
}

async function loadAxe(): Promise<Axe> {
  const w = window as unknown as { axe?: Axe };
  if (!w.axe) await import('axe-core/axe.min.js');
  return w.axe!;
}

/** Every axe violation inside `el` (open shadow roots included) for the kit's tags. */
export async function axeViolations(el: Element): Promise<AxeViolation[]> {
  const axe = await loadAxe();
  const { violations } = await axe.run(el, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  });
  return violations;
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
  if (violations.length) throw new Error(`axe found ${violations.length} problem(s):\n${describeViolations(violations)}`);
}
