// The script-tag file fetches a language's strings from `locales/<code>.js` next to itself the
// first time a widget meets that language: same origin, so it works under a strict CSP, and no
// language grows the main file. A language without a file there stays in English. A charity can
// add one (built like the others, from a src/locales/<code>.json). Imported before the components, so those already on the page
// find the loader when they connect.
import { setLocaleLoader } from './core/strings.js';

const base = import.meta.url;
setLocaleLoader((code) => import(/* @vite-ignore */ new URL(`locales/${code}.js`, base).href).then((m) => m.default));
