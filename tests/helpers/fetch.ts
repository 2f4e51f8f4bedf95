import { outbox } from '../../src/core/outbox.js';
import { DB, fallbackKeys } from '../../src/core/outbox-keep.js';

/** One request the page made through the stubbed `fetch`. */
export interface Call {
  url: string;
  init: RequestInit;
  headers: Record<string, string>;
  body: unknown;
}

export type Reply = number | Error | (() => Promise<Response | Error>);

/**
 * Replaces `window.fetch` until `restore()`. Each request takes the next reply: a status code,
 * an Error (a network failure), or a function for slow or custom answers. When the replies run
 * out the last one repeats.
 */
export const stubFetch = (...replies: Reply[]) => stubFetchIn(window, ...replies);

/** `stubFetch` for another window (a frame's). */
export function stubFetchIn(win: Window & typeof globalThis, ...replies: Reply[]) {
  const real = win.fetch;
  const calls: Call[] = [];
  win.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    calls.push({ url: String(input), init, headers, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    const r = typeof reply === 'function' ? await reply() : reply;
    if (r instanceof Error) throw r;
    if (r instanceof Response) return r;
    return new win.Response(r >= 400 ? JSON.stringify({ error: `status ${r}` }) : '{}', {
      status: r,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  return { calls, restore: () => (win.fetch = real) };
}

/** A network failure, as `fetch` reports one. */
export const offline = () => new TypeError('Failed to fetch');

/**
 * For a test file that sends: returns `stub(...replies)` for its tests, and after each test
 * restores `fetch` and empties the outbox, so a saved entry is never retried into the next test.
 */
export function useFetchStub() {
  let current: ReturnType<typeof stubFetch> | undefined;
  afterEach(async () => {
    current?.restore();
    current = undefined;
    await outbox.clear();
  });
  const stub = (...replies: Reply[]) => (current = stubFetch(...replies));
  /** The stub of the current test, with its `calls`. */
  return Object.defineProperty(stub, 'current', { get: () => current }) as typeof stub & {
    readonly current: ReturnType<typeof stubFetch> | undefined;
  };
}

/**
 * Deletes the outbox's database and its localStorage entries, so the next page load is a
 * device's first: the kit then loads no outbox at start.
 */
export async function forgetOutbox(): Promise<void> {
  for (const key of fallbackKeys()) localStorage.removeItem(key);
  await new Promise((r) => Object.assign(indexedDB.deleteDatabase(DB), { onsuccess: r, onerror: r, onblocked: r }));
}

/** Presses Yes on a `<cp-page-feedback>` (in this page or a frame) and resolves with what happened to the send. */
export async function answerYes(el: Element): Promise<CustomEvent<{ id: string; status: string }>> {
  await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
  const outcome = new Promise<CustomEvent>((resolve) => {
    for (const name of ['cp-submitted', 'cp-submit-saved', 'cp-submit-error'])
      el.addEventListener(name, (e) => resolve(e as CustomEvent), { once: true });
  });
  el.shadowRoot!.querySelector('.yes')!.shadowRoot!.querySelector('button')!.click();
  return outcome;
}
