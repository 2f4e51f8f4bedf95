// The kit, two ways: the script tag (dist/cdn/coproduce-kit.js, which loads the form's files when
// its tag appears) and npm (an app's esbuild bundle of coproduce-kit/feedback-form.js from dist/).
// Both pages are the same markup; the error shows the kit's own way, by checking the empty form.
import { htmlPage, kitDefinition } from '../../form.mjs';

export const button = ['cp-feedback-form', '.actions cp-button', 'button'];
export const error = ['cp-feedback-form', 'cp-radio-group', '.error'];

const SHOW_ERROR = `customElements.whenDefined('cp-feedback-form').then(() => document.querySelector('cp-feedback-form').validate());`;

const page = (head) =>
  htmlPage({
    head,
    body: `<body><main><cp-feedback-form><script type="application/json">${JSON.stringify(kitDefinition())}</script></cp-feedback-form></main></body>`,
  });

export const script = {
  name: 'Kit, script tag',
  html: page(
    `<script type="module" src="/cdn/coproduce-kit.js"></script>\n<script type="module">${SHOW_ERROR}</script>`,
  ),
  button,
  error,
};

export const npm = {
  name: 'Kit, npm',
  // Resolved through the repository's own package.json "exports" (a self-reference), so from dist/.
  js: { contents: `import 'coproduce-kit/feedback-form.js';\n${SHOW_ERROR}` },
  html: page('<script type="module" src="app.js"></script>'),
  button,
  error,
};
