import type { ReactiveController, ReactiveControllerHost } from 'lit';

const prefix = 'coproduce-kit:draft:';

/**
 * Keeps a person's unfinished answers on their own device (localStorage), so they can stop and
 * come back. Nothing is sent anywhere. When storage is blocked (some private modes) it quietly
 * does nothing: the form still works, it just cannot remember.
 */
export class DraftController<T> implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    /** The draft's name, such as the form's id and version; undefined turns drafts off. */
    private key: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private storage(): Storage | undefined {
    try {
      return globalThis.localStorage;
    } catch {
      return undefined;
    }
  }

  load(): T | undefined {
    const key = this.key();
    if (!key) return undefined;
    try {
      const text = this.storage()?.getItem(prefix + key);
      return text ? (JSON.parse(text) as T) : undefined;
    } catch {
      return undefined;
    }
  }

  save(value: T): void {
    const key = this.key();
    if (!key) return;
    try {
      this.storage()?.setItem(prefix + key, JSON.stringify(value));
    } catch {
      // Full or blocked storage: the answers are still on screen.
    }
  }

  clear(): void {
    const key = this.key();
    if (!key) return;
    try {
      this.storage()?.removeItem(prefix + key);
    } catch {
      // As above.
    }
  }
}
