import { FormControl } from './form-control.js';

/** The base of the controls whose value is typed text (text field, textarea). */
export abstract class TextControl extends FormControl<string> {
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
