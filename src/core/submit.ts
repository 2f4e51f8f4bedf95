import type { CpElement, CpEventDetails } from './base-element.js';
import { keep, post } from './outbox-keep.js';

/** What happened to a submission, told to the person truthfully. */
export type Delivery =
  /** The page called `preventDefault()` on the widget's event and delivers it itself. */
  | { status: 'handled' }
  /** The server answered 2xx. */
  | { status: 'sent' }
  /** No connection, a timeout, 408, 429 or 5xx: kept on this device and sent later. */
  | { status: 'saved' }
  /** Any other 4xx: the answers stay on screen so the person can try again or copy them. */
  | { status: 'rejected'; code: number; message: string }
  /** Nowhere to send it (no endpoint), or the device cannot keep it. */
  | { status: 'unsent'; message: string };

/**
 * True when the person is done: sent, kept on the device to send later, or delivered by the
 * page. False when there was a problem, and their answers stay on screen.
 */
export const isDone = (d?: Delivery): d is Delivery => !!d && !('message' in d);

export type SubmitPath = '/v1/feedback' | '/v1/consent';
type Sender = CpElement & { endpoint?: string };

/**
 * The widget's `endpoint` attribute is a full URL. The provider's `endpoint` is the collector's
 * base address, so one setting serves feedback (`/v1/feedback`) and consent (`/v1/consent`).
 */
export function endpointFor(host: Sender, path: SubmitPath): string | undefined {
  if (host.endpoint) return host.endpoint;
  const base = host.env.config.endpoint;
  return base ? base.replace(/\/+$/, '') + path : undefined;
}

/**
 * Submits from a widget: fires `event` (bubbles, composed, cancelable) with `detail`. Unless a
 * listener cancels it, POSTs `body` as JSON with `Idempotency-Key: body.id`, keeping it in the
 * outbox when the network fails, and fires `cp-submitted`, `cp-submit-saved` or `cp-submit-error`.
 */
export async function submit<K extends keyof CpEventDetails>(
  host: Sender,
  event: K,
  detail: CpEventDetails[K],
  body: { id: string },
  path: SubmitPath,
): Promise<Delivery> {
  const init = { detail, bubbles: true, composed: true, cancelable: true };
  if (!host.dispatchEvent(new CustomEvent(event, init))) return { status: 'handled' };
  const delivery = await deliver(endpointFor(host, path), body);
  const { id } = body;
  const fire = (name: 'cp-submitted' | 'cp-submit-saved' | 'cp-submit-error', d: CpEventDetails[typeof name]) =>
    host.dispatchEvent(new CustomEvent(name, { detail: d, bubbles: true, composed: true }));
  if (delivery.status === 'sent') fire('cp-submitted', { id, status: 'sent' });
  else if (delivery.status === 'saved') fire('cp-submit-saved', { id, status: 'saved' });
  else if (delivery.status !== 'handled') fire('cp-submit-error', { id, ...delivery });
  return delivery;
}

async function deliver(endpoint: string | undefined, body: { id: string }): Promise<Delivery> {
  if (!endpoint) {
    console.error(
      'coproduce-kit: nowhere to send this. Set `endpoint` on the widget or on <cp-provider>, or handle its event.',
    );
    return { status: 'unsent', message: 'no endpoint' };
  }
  const json = JSON.stringify(body);
  const result = await post(endpoint, body.id, json);
  if (result.ok) return { status: 'sent' };
  if (!result.retry) return { status: 'rejected', code: result.code, message: result.message };
  try {
    await keep(endpoint, body.id, json, result.network);
    return { status: 'saved' };
  } catch (e) {
    return { status: 'unsent', message: String(e) };
  }
}
