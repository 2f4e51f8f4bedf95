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

// `focusAfterUpdate` is protected on CpElement: the controller moves focus on its host's behalf.
type Host = CpElement & { focusAfterUpdate(...selectors: string[]): Promise<boolean> };

/**
 * One send at a time, and what happened to it, for the widgets that send (feedback form, page
 * feedback, consent, withdrawal). It holds `sending` and `delivery`, re-renders its host when
 * either changes and, once the person is done, clears their draft; then it moves focus.
 * The sending itself is the transport's (`submit()`, `sendFeedback()`).
 */
export class SubmitController implements ReactiveController {
  private current?: Delivery;
  private busy = false;

  constructor(
    private readonly host: CpElement,
    private readonly options: SubmitOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether a send is in flight. */
  get sending(): boolean {
    return this.busy;
  }

  /** What happened to the last send; undefined before one, or after `show()` cleared it. */
  get delivery(): Delivery | undefined {
    return this.current;
  }

  /**
   * Sends with `fn` (which calls the transport) unless a send is already in flight, when it
   * returns undefined and does nothing. `done` runs when the person is done, before the render
   * that shows it. Returns the delivery.
   */
  async send(fn: () => Promise<Delivery>, done?: () => void): Promise<Delivery | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.host.requestUpdate();
    let delivery: Delivery;
    try {
      delivery = await fn();
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
    this.current = delivery;
    const finished = isDone(delivery);
    if (finished) {
      done?.();
      this.options.draft?.clear();
    }
    const focus = finished ? this.options.focus?.done : this.options.focus?.failed;
    if (focus) void (this.host as Host).focusAfterUpdate(focus);
    return delivery;
  }

  /** Shows `delivery` without sending (a story, or a page that delivered the answers itself); undefined clears it. */
  show(delivery?: Delivery): void {
    this.current = delivery;
    this.host.requestUpdate();
  }
}
