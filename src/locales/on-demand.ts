/**
 * Loads each shipped language the first time a widget meets it, as the script-tag file does, for
 * apps built with a bundler: `import 'coproduce-kit/locales/on-demand.js'`. The bundler puts each
 * language in its own chunk. Storybook and the tests use it too.
 */
import { setLocaleLoader, type Strings } from '../core/strings.js';
import type from './type/scripts.json';

type File = Promise<{ default: { strings: Partial<Strings> } }>;
const files: Record<string, () => File> = {
  cy: () => import('./cy.json'),
  pl: () => import('./pl.json'),
  ro: () => import('./ro.json'),
  pa: () => import('./pa.json'),
  ur: () => import('./ur.json'),
  pt: () => import('./pt.json'),
  es: () => import('./es.json'),
  ar: () => import('./ar.json'),
  bn: () => import('./bn.json'),
  gu: () => import('./gu.json'),
};

setLocaleLoader(async (code) => {
  const file = await files[code]?.();
  return file && { default: file.default.strings, type: (type as Record<string, string>)[code] };
});
