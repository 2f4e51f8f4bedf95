import { choiceStyles, type ChoiceOption } from '../../core/choice-group.js';
import { fieldStyles } from '../../core/field-styles.js';
import { hostStyles } from '../../core/host-styles.js';
import type { StringKey } from '../../core/strings.js';
import { CpRadioGroup } from '../radio-group/radio-group.js';
import { ratingStyles } from './rating.styles.js';
import { ratingStrings } from './rating.strings.js';

/**
 * @summary A labelled scale, such as 1 (Very poor) to 5 (Very good). Every point has words, never colour or stars alone.
 *
 * It is a radio group underneath, so arrow keys move between points and a screen reader
 * reads "3 – OK, radio button, 3 of 5". A 1 to 5 scale has built-in words for every point
 * (translatable); give other scales words with `labels`.
 *
 * @csspart field - The wrapper around the fieldset (it carries the red error bar).
 * @csspart label - The legend.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart choices - The row of points.
 * @csspart choice - One point.
 * @csspart choice-label - The words of one point.
 *
 * @fires change - When the person chooses a point.
 *
 * @a11y-criterion 1.4.1 | Every point has words ("3 – OK"), never colour or stars alone.
 * @a11y-role Each option | radio (native) | Each point: its number and words, for example "3 – OK" | checked or not; the browser adds "3 of 5"
 */
export class CpRating extends CpRadioGroup {
  static override styles = [hostStyles, fieldStyles, choiceStyles, ratingStyles];
  static override properties = {
    ...CpRadioGroup.properties,
    min: { type: Number },
    max: { type: Number },
    labels: { type: Object },
  };
  static override readonly strings = ratingStrings;

  /** The lowest point (default 1). */
  declare min: number;
  /** The highest point (default 5). */
  declare max: number;
  /** Words for each point, keyed by number: `{"1": "Very poor", "5": "Very good"}`. */
  declare labels?: Record<string, string>;
  protected override readonly requiredKey = 'requiredRating' as const;

  constructor() {
    super();
    this.min = 1;
    this.max = 5;
  }

  override get items(): ChoiceOption[] {
    const { min, max } = this;
    // A 1 to 5 scale has built-in words for every point; other scales use `labels`.
    const builtIn = min === 1 && max === 5;
    return Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => {
      const n = min + i;
      const key = `rating${n}` as StringKey;
      const own = this.labels?.[n];
      const words = own ?? (builtIn ? this.t(key) : '');
      return {
        value: String(n),
        label: words ? `${n} – ${words}` : String(n),
        lang: own ? this.langFor(own) : builtIn ? this.langOf(key) : undefined,
      };
    });
  }

  protected override render() {
    return this.renderChoices('radio');
  }
}
