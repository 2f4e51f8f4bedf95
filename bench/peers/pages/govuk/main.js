// Only the components on the page; the package's "sideEffects": false lets esbuild drop the rest.
import { Button, CharacterCount, Checkboxes, createAll, ErrorSummary, Radios } from 'govuk-frontend';

for (const Component of [Button, CharacterCount, Checkboxes, ErrorSummary, Radios]) createAll(Component);
