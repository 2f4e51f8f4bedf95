import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * Sets several properties of the element it is written in, as a `.name=${value}` binding does for
 * each: `<cp-radio-group ${props(shared)} .value=${v}>`. For the bindings that two templates with
 * different tags share, so they are written once. It belongs inside a tag: anywhere else it throws.
 */
class PropsDirective extends Directive {
  render(_values: object): typeof noChange {
    return noChange;
  }
  override update(part: ElementPart, [values]: [object]): typeof noChange {
    Object.assign(part.element, values);
    return noChange;
  }
}

export const props = directive(PropsDirective);
