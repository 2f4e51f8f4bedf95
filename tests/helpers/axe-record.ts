import { executeServerCommand } from '@web/test-runner-commands';

/** One axe run on one story in one theme, kept for the accessibility report (`npm run a11y-report`). */
export interface AxeRecord {
  /** The stories file, for example `button.stories.ts`. */
  file: string;
  /** The story's export name. */
  story: string;
  /** `light`, `dark` or `high-contrast`. */
  theme: string;
  /** The axe rule tags that ran. */
  tags: string[];
  /** Each violated rule with how many nodes failed it (empty when axe found nothing). */
  violations: { id: string; nodes: number }[];
  /** How many rules passed. */
  passes: number;
  axeVersion: string;
}

/** Sends one result to the test runner, which appends it to `test-results/axe-stories.jsonl`. */
export const recordAxe = (record: AxeRecord): Promise<unknown> => executeServerCommand('axe-record', record);
