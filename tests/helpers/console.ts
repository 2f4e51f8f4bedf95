/** What was written to console.error and console.warn: each call's arguments, joined by spaces. */
export interface ConsoleLogs {
  error: string[];
  warn: string[];
}

type Method = keyof ConsoleLogs;
const BOTH: readonly Method[] = ['error', 'warn'];

/**
 * Replaces `methods` of the console (console.error and console.warn unless told) with ones that
 * collect the messages in `logs` instead of printing them, until `restore()`.
 *
 *   const { logs, restore } = stubConsole(['error']);
 *   try { … expect(logs.error[0]).to.contain('endpoint'); } finally { restore(); }
 */
export function stubConsole(methods: readonly Method[] = BOTH, logs: ConsoleLogs = { error: [], warn: [] }) {
  const real = { error: console.error, warn: console.warn };
  for (const m of methods) console[m] = (...args: unknown[]) => void logs[m].push(args.map(String).join(' '));
  return { logs, restore: () => void Object.assign(console, real) };
}

/**
 * Stubs the console around every test in the file (or the `describe` block it is called in):
 * returns the logs, emptied before each test.
 *
 *   const logs = captureConsole();
 *   it('…', () => { …; expect(logs).to.deep.equal({ error: [], warn: [] }); });
 */
export function captureConsole(methods: readonly Method[] = BOTH): ConsoleLogs {
  const logs: ConsoleLogs = { error: [], warn: [] };
  let restore = () => {};
  beforeEach(() => {
    logs.error = [];
    logs.warn = [];
    restore = stubConsole(methods, logs).restore;
  });
  afterEach(() => restore());
  return logs;
}
