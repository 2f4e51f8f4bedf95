import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/tokens/generated/tokens.css';
import '../stories/stories.css';
import { AXE_TAGS } from '../shared/axe-tags.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    // The same axe tags as the test suite, so the Accessibility panel shows what CI checks.
    a11y: { options: { runOnly: { type: 'tag', values: AXE_TAGS } }, test: 'error' },
    controls: { expanded: true },
    docs: { toc: { headingSelector: 'h2, h3' } },
  },
};
export default preview;
