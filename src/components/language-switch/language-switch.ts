import { html, nothing } from 'lit';
import { CpElement } from '../../core/base-element.js';
import { chooseLanguage } from '../../core/choose-language.js';
import { hostStyles } from '../../core/host-styles.js';
import { linkStyles } from '../../core/link-styles.js';
import { primary } from '../../contract/text.js';
import { languageSwitchStrings } from './language-switch.strings.js';
import { languageSwitchStyles } from './language-switch.styles.js';

/** A language's name in that language, as a switch shows it: "Cymraeg" for `cy`, "Polski" for `pl`. */
export function autonym(code: string): string {
  // Chrome's language data has no Welsh: it would say "Welsh". Welsh is the switch's commonest use.
  if (/^cy\b/i.test(code)) return 'Cymraeg';
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name[0]!.toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

declare module '../../core/base-element.js' {
  interface CpEventDetails {
    /** The person chose a language. Every kit widget on the page has switched to it. */
    'cp-language-change': { lang: string };
  }
}
/**
 * @summary Lets a person choose the language of every kit widget on the page, as bilingual sites offer "Cymraeg" / "English".
 *
 * Each language is named in itself, with its own `lang`, so a screen reader reads "Cymraeg" in
 * Welsh. The choice applies to every kit widget on the page at once and lasts for the visit (in
 * sessionStorage, never a cookie). Widgets with a `languages` attribute show this switch
 * themselves; put one on its own to switch the whole page's widgets from one place.
 *
 * @fires cp-language-change - The person chose a language: `detail.lang`.
 * @csspart button - Each language's button.
 *
 * @a11y-criterion 3.1.2 | Each language's name is in that language and carries `lang`; a chosen language is set as `lang` and `dir` on every widget.
 * @a11y-criterion 4.1.2 | A group named "Language" (in the current language) of toggle buttons; the current language is `aria-pressed="true"`.
 * @a11y-key Tab | Moves between the languages.
 * @a11y-key Enter or Space | Switches every widget on the page to that language.
 * @a11y-role Group | group | "Language", in the current language | none
 * @a11y-role Language | button | The language's own name | pressed when it is the current language
 */
export class CpLanguageSwitch extends CpElement {
  static override readonly strings = languageSwitchStrings;
  static override styles = [hostStyles, linkStyles, languageSwitchStyles];
  static override properties = { ...CpElement.properties, languages: {} };

  /** The languages to offer, as codes separated by spaces, in the order shown: `"en cy"`. Two or more. */
  declare languages?: string;

  override render() {
    const codes = (this.languages ?? '').split(/[\s,]+/).filter(Boolean);
    if (codes.length < 2) return nothing;
    const current = primary(this.env.lang);
    return html`<div role="group" aria-label=${this.t('languageSwitchLabel')}>
      ${codes.map(
        (code) =>
          html`<button class="link" type="button" part="button" lang=${code} aria-pressed=${primary(code) === current ? 'true' : 'false'} @click=${() => this.choose(code)}>${autonym(code)}</button>`,
      )}
    </div>`;
  }

  private choose(code: string): void {
    chooseLanguage(code);
    this.emit('cp-language-change', { lang: code });
  }
}
