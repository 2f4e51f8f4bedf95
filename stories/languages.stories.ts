import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/locales/on-demand.js';
// Widgets load the switch on demand; loaded here, it is there as soon as a story renders.
import '../src/components/language-switch/index.js';
import { chooseLanguage } from '../src/core/choose-language.js';
import { everyWidget } from './data/every-widget.js';
// Read for their `review` field only: the strings themselves load on demand (on-demand.js).
import en from '../src/locales/en.json';
import cy from '../src/locales/cy.json';
import pl from '../src/locales/pl.json';
import ro from '../src/locales/ro.json';
import pa from '../src/locales/pa.json';
import ur from '../src/locales/ur.json';
import pt from '../src/locales/pt.json';
import es from '../src/locales/es.json';
import ar from '../src/locales/ar.json';
import bn from '../src/locales/bn.json';
import gu from '../src/locales/gu.json';

const meta: Meta = {
  title: 'Guides/Every language',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Every data widget (feedback form, page feedback, consent flow, consent withdraw, impact panel, credits) in each language the kit ships, inside a container with that `lang` and `dir`. The built-in words are translated; the example data (questions, consent text, updates) stays in English, as a charity would write its own, in one language or several (`{ "en": "…", "cy": "…" }`). Each story says the translation’s review status, as its file in `src/locales/` gives it. Translations not yet reviewed by a native speaker should be tested with people who speak the language before they are used with the public; please send corrections as a pull request to `src/locales/<code>.json` or as the exported XLIFF file (see "Guides/Languages").',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

interface LocaleFile {
  locale: string;
  review: string;
}

/** How a story states a translation's review status: exactly as its file says, never better. */
function reviewNote(file: LocaleFile, language: string): string {
  if (file.review === 'source') return `${language} is the source text: every other language is translated from it.`;
  return `Review status of \`src/locales/${file.locale}.json\`: **${file.review}**.`;
}

/** The review status on the canvas too, above the widgets (in English, as the rest of Storybook). */
const statusLine = (file: LocaleFile) =>
  html`<p class="cp-review-status"><strong>Review status:</strong> ${file.review === 'source' ? 'the source text' : file.review}</p>`;

/** A story showing every widget in one language. */
function inLanguage(file: LocaleFile, code: string, name: string, english: string): Story {
  const dir = /^(ar|ur)$/.test(code) ? 'rtl' : 'ltr';
  return {
    // The sidebar shows the export's name (Storybook reads names statically); the language's own name is here.
    parameters: {
      docs: {
        description: {
          story: `<span lang="${code}" dir="${dir}">${name}</span>${code === 'en' ? '' : ` (${english})`}. ${reviewNote(file, english)}`,
        },
      },
    },
    render: () => {
      // A language chosen with a switch (in the bilingual story) would win over this story's
      // `lang`: these stories show one language each, so they forget it.
      chooseLanguage(null);
      return html`${statusLine(file)}<div lang=${code} dir=${dir} class="cp-language-story">${everyWidget()}</div>`;
    },
  };
}

export const English = inLanguage(en, 'en', 'English', 'English');
export const Welsh = inLanguage(cy, 'cy', 'Cymraeg', 'Welsh');
export const Polish = inLanguage(pl, 'pl', 'Polski', 'Polish');
export const Romanian = inLanguage(ro, 'ro', 'Română', 'Romanian');
export const Punjabi = inLanguage(pa, 'pa', 'ਪੰਜਾਬੀ', 'Punjabi, Gurmukhi');
export const Urdu = inLanguage(ur, 'ur', 'اردو', 'Urdu, right to left');
export const Portuguese = inLanguage(pt, 'pt', 'Português', 'Portuguese');
export const Spanish = inLanguage(es, 'es', 'Español', 'Spanish');
export const Arabic = inLanguage(ar, 'ar', 'العربية', 'Arabic, right to left');
export const Bengali = inLanguage(bn, 'bn', 'বাংলা', 'Bengali');
export const Gujarati = inLanguage(gu, 'gu', 'ગુજરાતી', 'Gujarati');

export const BilingualSwitch: Story = {
  name: 'A bilingual page with a switch (English and Welsh)',
  parameters: {
    docs: {
      description: {
        story: `The feedback form has \`languages="en cy"\`, so it shows "English" and "Cymraeg", each in its own language. Choosing one switches every widget on the page, and the choice lasts for the visit (sessionStorage, never a cookie). On this docs page that means the widgets of every story shown here. ${reviewNote(cy, 'Welsh')}`,
      },
    },
  },
  render: () => html`${statusLine(cy)}<div lang="en">${everyWidget('en cy')}</div>`,
};
