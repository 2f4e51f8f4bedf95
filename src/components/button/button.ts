import { html, LitElement } from 'lit';
import { CpElement } from '../../core/base-element.js';
import { hostStyles } from '../../core/host-styles.js';
import { buttonStyles } from './button.styles.js';

/**
 * @summary A button that submits or resets its form, or runs the page's script. There is no disabled state, by design.
 *
 * Disabled buttons give no reason and cannot be focused, so the kit never uses them: let
 * people press the button and tell them what to fix with an error summary.
 *
 * @slot - The button text. Say what it does: "Send feedback", not "Submit".
 * @csspart button - The native button.
 *
 * @cssprop --cp-color-brand - Background of the primary button.
 * @cssprop --cp-color-brand-text - Text on the primary button. Black or white is chosen for you when not set.
 *
 * @a11y-criterion 2.1.1 | A native `<button>`: Enter and Space press it.
 * @a11y-criterion 2.5.3 | The visible text is the whole accessible name.
 * @a11y-criterion 4.1.2 | A native `<button>` named by its text; `type` submits or resets the form as a native button does. It is never disabled, so it can always be reached and pressed.
 * @a11y-key Tab | Moves to the button.
 * @a11y-key Enter or Space | Presses the button; a `submit` button checks and sends its form (`requestSubmit`).
 * @a11y-role Button | button (native) | The slotted text | none (no disabled state, by design)
 */
export class CpButton extends CpElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [hostStyles, buttonStyles];
  static override properties = {
    ...CpElement.properties,
    type: { reflect: true },
    variant: { reflect: true },
  };

  /** `submit` (default) sends the form, `reset` resets it, `button` does nothing on its own. */
  declare type: 'submit' | 'reset' | 'button';
  /** `primary` (default), `secondary`, or `warning` for actions that cannot be undone. */
  declare variant: 'primary' | 'secondary' | 'warning';

  constructor() {
    super();
    this.type = 'submit';
    this.variant = 'primary';
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  private onClick(): void {
    if (this.type === 'submit') this.form?.requestSubmit();
    else if (this.type === 'reset') this.form?.reset();
  }

  protected override render() {
    return html`<button part="button" type="button" @click=${this.onClick}><slot></slot></button>`;
  }
}
