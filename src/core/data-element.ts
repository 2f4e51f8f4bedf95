import { CpElement } from './base-element.js';
import type { DataController } from './data-controller.js';

/**
 * A widget that shows a definition (a form, credits, an impact panel, a consent): given as
 * `data`, fetched from `src`, or read from an inline `<script type="application/json">` child,
 * then checked against the widget's published schema by its `loader`.
 */
export abstract class CpDataElement<Input, Data = Input> extends CpElement {
  static override properties = {
    ...CpElement.properties,
    languages: {},
    data: { type: Object },
    src: {},
  };

  /** The languages to offer in a language switch, as codes separated by spaces: `en cy`. The person's choice applies to every kit widget on the page for the visit. */
  declare languages?: string;
  /** The definition, as an object (or JSON in the `data` attribute). Wins over `src` and inline JSON. */
  declare data?: Input;
  /** A URL to load the definition from (JSON, fetched without cookies). */
  declare src?: string;
  /** Loads and checks the definition: `loader.state` is `empty`, `loading`, `ready`, `failed` or `invalid`. */
  abstract readonly loader: DataController<Data>;
}
