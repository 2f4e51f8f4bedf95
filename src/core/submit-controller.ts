import type { ReactiveController } from 'lit';
import type { CpElement } from './base-element.js';
import { isDone, type Delivery } from './submit.js';

/** What a sending widget does once a send has finished. */
export interface SubmitOptions {
  /** Cleared when the person is done (sent, saved on the device, or delivered by the page). */
  draft?: { clear(): void };
  /** Where focus goes after the next render: `done` when the person is done, `failed` when the answers stay on screen. */
  focus?: { done?: string; failed?: string };
}

/**
 * One send at a time, and what happened to it, for the widgets that send (feedback form, page
 * feedback, consent, withdrawal). It holds `sending` and `delivery`, re-renders its host when
 * either changes and, once the person is done, clears their draft; then it moves focus.
 * The sending itself is the transport's (`submit()`, `sendFeedback()`).
 */
export class SubmitController implements ReactiveController {
  /** Whether a send is in flight. Set by `send()` only. */
  sending = false;
  /** What happened to the last send; undefined before one, or after `show()` cleared it. Set by `send()` and `show()` only. */
  delivery?: Delivery;

  constructor(
    private readonly host: CpElement,
    private readonly options: SubmitOptions = {},
  ) {
    host.addController(this);
  }

  // Nothing to do on connect; declared so TypeScript accepts this class as a ReactiveController.
  hostConnected(): void {}

  /**
   * Sends with `fn` (which calls the transport) unless a send is already in flight, when it
   * returns undefined and does nothing. `done` runs when the person is done, before the render
   * that shows it. Returns the delivery.
   */
  async send(fn: () => Promise<Delivery>, done?: () => void): Promise<Delivery | undefined> {
    if (this.sending) return;
    const { host, options } = this;
    this.sending = true;
    host.requestUpdate();
    try {
      this.show(await fn());
    } finally {
      this.sending = false;
      host.requestUpdate();
    }
    const delivery = this.delivery!;
    const finished = isDone(delivery);
    if (finished) {
      done?.();
      options.draft?.clear();
    }
    const focus = options.focus?.[finished ? 'done' : 'failed'];
    if (focus) void host.focusAfterUpdate(focus);
    return delivery;
  }

  /** Shows `delivery` without sending (a story, or a page that delivered the answers itself); undefined clears it. */
  show(delivery?: Delivery): void {
    this.delivery = delivery;
    this.host.requestUpdate();
  }
}
