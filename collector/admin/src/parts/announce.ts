// Messages for the shell's polite live region. Any element can announce: the event bubbles out
// of shadow roots to <cpa-app>, which puts the words in its one live region.

export interface AnnounceDetail {
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    'cpa-announce': CustomEvent<AnnounceDetail>;
  }
}

/** Says `message` politely to screen reader users (and shows nothing extra on screen). */
export function announce(from: EventTarget, message: string): void {
  from.dispatchEvent(new CustomEvent('cpa-announce', { detail: { message }, bubbles: true, composed: true }));
}
