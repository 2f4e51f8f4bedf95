import { FormControl } from './form-control.js';

/**
 * The base of the controls whose value is typed text (text field, textarea).
 *
 * @a11y-criterion 1.3.5 | `autocomplete` is passed to the native control, so browsers and assistive technology know what the field asks for.
 * @a11y-key Tab | Moves to the field, and on to the next control.
 * @a11y-role Field | textbox (native) | Its `<label for>`: the label, and "(optional)" unless required | `aria-required` when required, `aria-invalid` in error, `aria-describedby`: the hint, then the error
 */
export abstract class TextControl extends FormControl<string> {
  static override properties = { ...FormControl.properties, value: {}, autocomplete: {} };

  /** Passed to the native control, so browsers and password managers can fill it in: `name`, `email`. */
  declare autocomplete?: string;

  constructor() {
    super();
    this.value = '';
  }

  /** Only spaces is no answer. */
  protected isEmpty(): boolean {
    return !this.value.trim();
  }
  protected formData(): [string, string] {
    return [this.value, this.value];
  }
  protected fromState(state: string): string {
    return state;
  }
}
