// coproduce-kit.all.js: every component in one file, for a page that wants one file and no more
// requests than it needs (the language switch and languages still load on demand, from beside it).
import './cdn-locales.js';
import './index.js';
// The page's API, as from the loader's folder (coproduce-kit.api.js).
export * from './cdn-api.js';
