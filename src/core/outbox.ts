/**
 * The outbox: submissions that could not be sent yet, kept on the person's device (IndexedDB)
 * and sent later — with backoff and jitter, as soon as the browser is back online, and on the
 * next page load with a widget that sends (outbox-keep.ts, startsOutbox). An entry keeps its id
 * for every try (the server's `Idempotency-Key`), leaves the outbox only after a 2xx, and a Web
 * Lock means two open tabs never send the same entry at once. Loaded on demand by
 * ./outbox-keep.ts, which also keeps entries in localStorage when this file could not be
 * downloaded; the outbox adopts those.
 */

import { DB, fallbackKeys, post } from './outbox-keep.js';

export interface Entry {
  /** The submission id, sent as `Idempotency-Key`. */
  id: string;
  endpoint: string;
  /** The JSON body, exactly as first sent. */
  body: string;
  attempts: number;
  /** When to try again (ms since 1970). */
  nextAt: number;
  /** Set when the server refused it (a 4xx other than 408 and 429): kept, never retried. */
  rejected?: number;
  /** Tries in a row that failed as a network error while the browser was online. */
  networkFailures?: number;
  /** Set once `cp-outbox-stuck` has been fired for it. */
  stuck?: boolean;
}

const STORE = 'outbox';
const BASE_DELAY = 5_000;
const MAX_DELAY = 10 * 60_000;

/** Network failures in a row, while online, after which an entry is reported stuck. */
export const STUCK_AFTER = 3;

const online = () => globalThis.navigator?.onLine !== false;

/**
 * Counts a failed try: network errors in a row while the browser says it is online. The third
 * (once per entry) tells the page author, in the console, and the page (`cp-outbox-stuck`) —
 * most often the collector does not allow this page's origin, so the browser blocks it on CORS.
 */
function countFailure(entry: Entry, network: boolean | undefined): void {
  entry.networkFailures = network && online() ? (entry.networkFailures ?? 0) + 1 : 0;
  if (entry.networkFailures < STUCK_AFTER || entry.stuck) return;
  entry.stuck = true;
  console.error(
    `coproduce-kit: ${entry.endpoint} failed ${entry.networkFailures} times in a row as a network error while the browser is online. ` +
      `The collector is probably not allowing this page's origin (${globalThis.location?.origin}), so the browser blocks it (CORS): ` +
      'add the origin to COLLECTOR_ALLOWED_ORIGINS on the collector. The submission stays on this device until it is sent.',
  );
  globalThis.dispatchEvent?.(
    new CustomEvent('cp-outbox-stuck', { detail: { id: entry.id, attempts: entry.attempts } }),
  );
}

/** The wait before try number `attempts + 1`: doubling from 5 s up to 10 min, with jitter. */
export const backoff = (attempts: number, random = Math.random()): number =>
  Math.min(MAX_DELAY, BASE_DELAY * 2 ** Math.max(0, attempts - 1)) * (0.5 + random / 2);

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

export class Outbox {
  /** @param name The IndexedDB database (and Web Lock) name. */
  constructor(private readonly name = DB) {}
  private db?: Promise<IDBDatabase>;
  private timer?: ReturnType<typeof setTimeout>;
  private listening = false;
  private flushing?: Promise<void>;

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const r = indexedDB.open(this.name, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'id' });
      r.onsuccess = () => {
        // Let another tab (or the page's "forget my data") delete or upgrade it; reopen on next use.
        r.result.onversionchange = () => {
          r.result.close();
          this.db = undefined;
        };
        resolve(r.result);
      };
      r.onerror = () => reject(r.error);
    });
    this.db.catch(() => (this.db = undefined));
    return this.db;
  }

  private async store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    return (await this.open()).transaction(STORE, mode, { durability: 'strict' }).objectStore(STORE);
  }

  /** Every entry waiting to be sent (and any the server refused). */
  async entries(): Promise<Entry[]> {
    return request((await this.store('readonly')).getAll() as IDBRequest<Entry[]>);
  }

  /**
   * Keeps a submission until it is sent. Throws when the device cannot store it.
   * @param network The first try failed as a network error.
   */
  async save(endpoint: string, id: string, body: string, network = false): Promise<void> {
    const entry: Entry = { id, endpoint, body, attempts: 1, nextAt: Date.now() + backoff(1) };
    countFailure(entry, network);
    await this.put(entry);
    this.listen();
    this.schedule();
  }

  private async put(entry: Entry): Promise<void> {
    const store = await this.store('readwrite');
    // Resolve only when the write is committed ('strict' durability: flushed to disk).
    const done = new Promise((resolve, reject) => {
      store.transaction.oncomplete = resolve;
      store.transaction.onerror = store.transaction.onabort = () => reject(store.transaction.error);
    });
    store.put(entry);
    await done;
  }

  private async remove(id: string): Promise<void> {
    await request((await this.store('readwrite')).delete(id));
  }

  /** Empties the outbox. For tests and for a page's own "forget my data" button. */
  async clear(): Promise<void> {
    clearTimeout(this.timer);
    await request((await this.store('readwrite')).clear());
    for (const key of fallbackKeys(this.name)) localStorage.removeItem(key);
  }

  /**
   * Moves the entries ./outbox-keep.ts left in localStorage into the database. Inside the lock,
   * and each key is removed only once its entry is stored: it is sent once, and never lost.
   */
  private async adopt(): Promise<void> {
    for (const key of fallbackKeys(this.name)) {
      let entry: Entry | null = null;
      try {
        entry = JSON.parse(localStorage.getItem(key) ?? 'null') as Entry | null;
      } catch {
        // Not an entry: left alone.
      }
      if (!entry?.id) continue;
      await this.put(entry);
      localStorage.removeItem(key);
    }
  }

  /**
   * Sends every entry that is due (or all of them with `all`), one tab at a time. An entry is
   * read again inside the lock, so one another tab has just sent is not sent twice.
   */
  flush(all = false): Promise<void> {
    this.flushing ??= this.locked(() => this.sendDue(all)).finally(() => {
      this.flushing = undefined;
      void this.schedule();
    });
    return this.flushing;
  }

  private async locked(task: () => Promise<void>): Promise<void> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return task();
    // Another tab is sending: it will send ours too, and this tab tries again later.
    await locks.request(`${this.name}-outbox`, { ifAvailable: true }, (lock) => (lock ? task() : undefined));
  }

  private async sendDue(all: boolean): Promise<void> {
    await this.adopt();
    const now = Date.now();
    for (const entry of await this.entries()) {
      if (entry.rejected || (!all && entry.nextAt > now)) continue;
      const result = await post(entry.endpoint, entry.id, entry.body);
      if (result.ok) {
        await this.remove(entry.id);
        globalThis.dispatchEvent?.(new CustomEvent('cp-outbox-sent', { detail: { id: entry.id } }));
      } else {
        entry.attempts++;
        if (result.retry) {
          entry.nextAt = Date.now() + backoff(entry.attempts);
          countFailure(entry, result.network);
        } else entry.rejected = result.code;
        await this.put(entry);
        // Tell the page, which can tell the person: it stays on the device, never sent again.
        if (!result.retry) {
          const detail = { id: entry.id, code: result.code, message: result.message };
          globalThis.dispatchEvent?.(new CustomEvent('cp-outbox-refused', { detail }));
        }
      }
    }
  }

  /** Sets a timer for the next entry that is due. */
  private async schedule(): Promise<void> {
    clearTimeout(this.timer);
    let next = Infinity;
    try {
      for (const e of await this.entries()) if (!e.rejected) next = Math.min(next, e.nextAt);
    } catch {
      return;
    }
    if (next < Infinity) this.timer = setTimeout(() => void this.flush(), Math.max(0, next - Date.now()));
  }

  /** Sends everything due whenever the browser comes back online. */
  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    addEventListener('online', () => void this.flush(true));
  }

  /**
   * At page load, when an earlier visit left something (see `startOutbox`): sends everything
   * waiting, whatever its backoff (a new page load is a new chance), and again whenever the
   * browser comes back online.
   */
  start(): Promise<void> {
    this.listen();
    return this.flush(true).catch(() => undefined);
  }
}

/** The page's outbox. */
export const outbox = new Outbox();
