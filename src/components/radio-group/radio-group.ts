import { ChoiceGroup, choiceStyles, type ChoiceOption } from '../../core/choice-group.js';
import { fieldStyles } from '../../core/field-styles.js';
import { hostStyles } from '../../core/host-styles.js';

/**
 * @summary One answer from a list, as radios in a fieldset. Nothing is chosen until the person chooses.
 *
 * Options come from the `options` property or from `<option value="…">` children, with
 * `data-hint` for a hint under an option and `data-exclusive` for a "None of these" kind of
 * answer shown after "or".
 *
 * @csspart field - The wrapper around the fieldset (it carries the red error bar).
 * @csspart label - The legend.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart choices - The list of options.
 * @csspart choice - One option.
 * @csspart choice-label - The label of one option.
 * @csspart divider - The "or" before an exclusive option.
 *
 * @fires change - When the person chooses an option.
 *
 * @a11y-criterion 2.1.1 | Native radios: one Tab stop for the group, arrow keys to choose, as in every browser.
 * @a11y-key Tab | Moves into the group (to the chosen radio, or the first) and, pressed again, out of it.
 * @a11y-key Arrow keys | Move to the next or previous option and choose it, wrapping at the ends; left and right swap in right-to-left pages.
 * @a11y-key Space | Chooses the focused option.
 */
export class CpRadioGroup extends ChoiceGroup<string> {
  static override styles = [hostStyles, fieldStyles, choiceStyles];
  static override properties = { ...ChoiceGroup.properties, value: {} };
  protected readonly requiredKey: 'requiredChoice' | 'requiredRating' = 'requiredChoice';

  constructor() {
    super();
    this.value = '';
  }

  protected isEmpty(): boolean {
    return !this.value;
  }
  protected formData(): [string | null, string] {
    return [this.value || null, this.value];
  }
  protected fromState(state: string): string {
    return state;
  }
  protected isChecked(value: string): boolean {
    return this.value === value;
  }
  protected onToggle(option: ChoiceOption, checked: boolean): void {
    if (checked) {
      this.value = option.value;
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  protected override render() {
    return this.renderChoices('radio');
  }
}
