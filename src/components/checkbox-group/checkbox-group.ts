import { ChoiceGroup, choiceStyles, type ChoiceOption } from '../../core/choice-group.js';
import { fieldStyles } from '../../core/field-styles.js';
import { hostStyles } from '../../core/host-styles.js';

/**
 * @summary Any number of answers from a list, as checkboxes in a fieldset, with an optional "None of these".
 *
 * Every checked value is submitted under `name`, as native checkboxes are. An option marked
 * `exclusive` (or `data-exclusive`) is shown after "or"; checking it clears the others, and
 * checking another clears it.
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
 * @fires change - When the person checks or unchecks an option.
 *
 * @a11y-criterion 2.1.1 | Native checkboxes: Tab moves between them and Space ticks, as in every browser.
 * @a11y-key Tab | Moves from checkbox to checkbox.
 * @a11y-key Space | Checks or unchecks the focused checkbox. Checking an exclusive option ("None of these") unchecks the others, and the other way round.
 */
export class CpCheckboxGroup extends ChoiceGroup<string[]> {
  static override styles = [hostStyles, fieldStyles, choiceStyles];
  static override properties = { ...ChoiceGroup.properties, value: { type: Array } };
  protected readonly requiredKey = 'requiredMulti' as const;

  constructor() {
    super();
    this.value = [];
  }

  protected isEmpty(): boolean {
    return !this.value.length;
  }
  protected formData(): [FormData, string] {
    const data = new FormData();
    for (const v of this.value) data.append(this.name, v);
    return [data, JSON.stringify(this.value)];
  }
  protected fromState(state: string): string[] {
    return JSON.parse(state) as string[];
  }
  protected isChecked(value: string): boolean {
    return this.value.includes(value);
  }
  protected onToggle(option: ChoiceOption, checked: boolean): void {
    const exclusive = new Set(this.items.filter((o) => o.exclusive).map((o) => o.value));
    const others = this.value.filter((v) => v !== option.value);
    this.value = !checked
      ? others
      : option.exclusive
        ? [option.value]
        : [...others.filter((v) => !exclusive.has(v)), option.value];
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    return this.renderChoices('checkbox');
  }
}
