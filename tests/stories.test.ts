import { axeEveryStory } from './helpers/stories.js';
import * as button from '../stories/button.stories.js';
import * as textField from '../stories/text-field.stories.js';
import * as textarea from '../stories/textarea.stories.js';
import * as radioGroup from '../stories/radio-group.stories.js';
import * as checkboxGroup from '../stories/checkbox-group.stories.js';
import * as rating from '../stories/rating.stories.js';
import * as errorSummary from '../stories/error-summary.stories.js';
import * as provider from '../stories/provider.stories.js';
import * as tokens from '../stories/tokens.stories.js';
import * as languages from '../stories/languages.stories.js';
import * as languageSwitch from '../stories/language-switch.stories.js';

import { settled, waitUntil } from './helpers/dom.js';
import { ensureLocale } from '../src/core/strings.js';

// The foundation's stories. Widgets run axe on their stories in their own test files.
axeEveryStory('button.stories.ts', button);
axeEveryStory('text-field.stories.ts', textField);
axeEveryStory('textarea.stories.ts', textarea);
axeEveryStory('radio-group.stories.ts', radioGroup);
axeEveryStory('checkbox-group.stories.ts', checkboxGroup);
axeEveryStory('rating.stories.ts', rating);
axeEveryStory('error-summary.stories.ts', errorSummary);
axeEveryStory('provider.stories.ts', provider);
axeEveryStory('tokens.stories.ts', tokens);
axeEveryStory('language-switch.stories.ts', languageSwitch, async (main) => {
  await customElements.whenDefined('cp-language-switch');
  await settled(main);
});

// Every widget in every language: wait for the language's strings (loaded on demand), the
// language switch (loaded on demand) and the consent flow's hash before axe runs.
axeEveryStory('languages.stories.ts', languages, async (main) => {
  const lang = main.querySelector('[lang]')!.getAttribute('lang')!;
  await ensureLocale(lang);
  if (main.querySelector('[languages]')) await customElements.whenDefined('cp-language-switch');
  const flow = main.querySelector('cp-consent-flow') as (Element & { textHash?: string }) | null;
  if (flow) await waitUntil(() => flow.textHash, 'the consent definition is hashed');
  await settled(main);
  await settled(main);
});
