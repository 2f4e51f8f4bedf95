import { css } from 'lit';
import { focusRing } from '../../core/host-styles.js';

export const buttonStyles = css`
  :host {
    display: inline-block;
    margin-block-end: var(--cp-space-5);
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: var(--cp-target-min);
    min-height: var(--cp-target-min);
    margin: 0;
    padding: var(--cp-space-2) var(--cp-space-4);
    border: 2px solid transparent;
    border-radius: var(--cp-radius-control);
    box-shadow: 0 2px 0 var(--cp-color-text);
    background: var(--cp-brand-fill);
    color: var(--cp-on-brand);
    font: inherit;
    font-weight: var(--cp-font-weight-bold);
    text-align: center;
    cursor: pointer;
    transition: filter var(--cp-motion-duration-fast) var(--cp-motion-easing);
  }
  button:hover {
    filter: brightness(0.92);
  }
  :host([variant='secondary']) button {
    /* A visible edge in every theme: in high contrast the grey is as dark as the page. */
    border-color: var(--cp-color-border-control);
    background: var(--cp-color-secondary);
    color: var(--cp-color-text);
  }
  :host([variant='warning']) button {
    background: var(--cp-color-error);
    color: var(--cp-color-surface);
  }
  button:active {
    transform: translateY(2px);
    box-shadow: none;
  }
  /*
   * GOV.UK's yellow fill, inside the kit's focus ring. The ring is what meets WCAG 2.4.13 in every
   * theme: the fill alone can be as light as the button (the high-contrast brand is yellow).
   * ':host([variant])' outranks the variant rules above, which otherwise keep their colours.
   */
  :host button:focus-visible,
  :host([variant]) button:focus-visible {
    ${focusRing}
    border-color: var(--cp-color-focus);
    background: var(--cp-color-focus);
    color: var(--cp-color-focus-text);
    filter: none;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    :host button:focus-visible,
    :host([variant]) button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
