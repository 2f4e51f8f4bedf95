// The script-tag file fetches a language's strings (and type rule) from `locales/<code>.js` next
// to itself the first time a widget meets that language: same origin, so it works under a strict
// CSP, and no language grows the main file. A language without a file there stays in English. A
// charity can add one (built like the others, from a src/locales/<code>.json). Imported before
// the components, so those already on the page find the loader when they connect.
import { setLocaleLoader } from './core/strings.js';
// The loader's registerStrings() calls this one (in core.js, which a page with a widget loads anyway).
export { registerStrings } from './core/strings.js';

// A relative specifier in import() resolves against this file's own address (the built file sits
// beside the locales folder), so no import.meta.url is needed.
setLocaleLoader((code) => import(/* @vite-ignore */ `./locales/${code}.js`));
