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
