import type { ReactiveControllerHost } from 'lit';

/**
 * The part of the outbox the widgets that send always load: the POST itself, keeping a
 * submission that could not be sent, and starting the outbox. The outbox (./outbox.ts: IndexedDB,
 * retries, locks) is a file of its own, loaded only when a send fails, or at start when an earlier
 * visit left something to send; a page that never went offline never downloads it.
 */

export type PostResult =
  | { ok: true }
  | { ok: false; retry: true; network?: boolean }
  | { ok: false; retry: false; code: number; message: string };

/** The IndexedDB database (and Web Lock) name. */
export const DB = 'coproduce-kit';
/** How long one request may take before it counts as a network failure. */
export const TIMEOUT_MS = 15_000;

/** POSTs one submission. Network failure, timeout, 408, 429 and 5xx are worth another try. */
export async function post(endpoint: string, id: string, body: string): Promise<PostResult> {
  try {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id },
      body,
      // No cookies, and no Referer: the page address (without query or fragment) is in the body.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (res.ok) return { ok: true };
    if (res.status === 408 || res.status === 429 || res.status >= 500) return { ok: false, retry: true };
    let message = '';
    try {
      message = String(((await res.json()) as { error?: unknown }).error ?? '');
    } catch {
      // Not JSON: the status is enough.
    }
    return { ok: false, retry: false, code: res.status, message };
  } catch (e) {
    // fetch rejects with a TypeError when there is no connection, and also when CORS blocks the request.
    return { ok: false, retry: true, network: e instanceof TypeError };
  }
}

/**
 * Where a submission waits when the outbox's own file could not be downloaded (most often
 * because the network is down): localStorage, `<name>:outbox:<id>`, holding the outbox entry.
 * The outbox moves these into its database before it sends anything.
 */
export const fallbackPrefix = (name = DB) => `${name}:outbox:`;

/** The localStorage keys of submissions waiting there. None when storage is blocked. */
export function fallbackKeys(name = DB): string[] {
  try {
    return Object.keys(localStorage).filter((k) => k.startsWith(fallbackPrefix(name)));
  } catch {
    return [];
  }
}

type OutboxModule = typeof import('./outbox.js');
let loading: Promise<OutboxModule> | undefined;
/** The outbox's file; after a failed download, the next call tries again. */
const load = (): Promise<OutboxModule> =>
  (loading ??= import('./outbox.js').catch((e: unknown) => {
    loading = undefined;
    throw e;
  }));

/**
 * Keeps a submission on this device until it is sent. Throws only when the device cannot
 * store it at all.
 * @param network The first try failed as a network error.
 */
export async function keep(endpoint: string, id: string, body: string, network = false): Promise<void> {
  let outbox;
  try {
    ({ outbox } = await load());
  } catch {
    // No outbox without its file: keep the entry where the outbox will find it, due at once.
    localStorage.setItem(
      fallbackPrefix() + id,
      JSON.stringify({ id, endpoint, body, attempts: 1, nextAt: Date.now() }),
    );
    return;
  }
  await outbox.save(endpoint, id, body, network);
}

/** True when an earlier visit may have left something to send: an outbox database, or fallback entries. */
export async function waiting(name = DB): Promise<boolean> {
  if (fallbackKeys(name).length) return true;
  if (typeof indexedDB === 'undefined') return false;
  // Without indexedDB.databases() (older browsers) there is no telling: load the outbox.
  const dbs = await indexedDB.databases?.().catch(() => undefined);
  return !dbs || dbs.some((d) => d.name === name);
}

let started = false;

/**
 * Called when a widget that sends connects (startsOutbox, below); runs once a page. Loads the
 * outbox only when an earlier visit left something, and sends it; and when the browser comes back
 * online with fallback entries waiting.
 */
export function startOutbox(): Promise<void> {
  if (started) return Promise.resolve();
  started = true;
  const send = () => load().then(({ outbox }) => outbox.start());
  addEventListener('online', () => void (fallbackKeys().length && send().catch(() => undefined)));
  return waiting()
    .then((yes) => (yes ? send() : undefined))
    .catch(() => undefined);
}

/**
 * Called in the constructor of every widget that sends: when one connects, the outbox sends what
 * an earlier visit could not (once a page; its file loads only when something is waiting). Other
 * components never start it, so a page of buttons and fields does not carry the outbox.
 */
export const startsOutbox = (host: ReactiveControllerHost): void =>
  host.addController({ hostConnected: () => void startOutbox() });
