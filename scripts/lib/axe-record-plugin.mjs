// A web-test-runner plugin that keeps every story's axe result (see tests/helpers/axe-record.ts)
// in test-results/axe-stories.jsonl, one JSON object a line, for the accessibility report.
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';

export function axeRecordPlugin(file = 'test-results/axe-stories.jsonl') {
  let cleared = false;
  return {
    name: 'coproduce-kit:axe-record',
    async executeCommand({ command, payload }) {
      if (command !== 'axe-record') return undefined;
      mkdirSync('test-results', { recursive: true });
      // A fresh file for each run of the test runner.
      if (!cleared) rmSync(file, { force: true });
      cleared = true;
      appendFileSync(file, JSON.stringify({ ...payload, date: new Date().toISOString() }) + '\n');
      return true;
    },
  };
}
