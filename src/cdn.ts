/// <reference types="vite/client" />
// coproduce-kit.js, the file for <script type="module" src=".../coproduce-kit.js">: a small loader.
// The first time a kit tag appears on the page, it imports that component's file from its own
// folder (same origin, so it works under a strict CSP), so a page pays only for what it shows.
// Tags inside another component's shadow root are not seen here: such pages import the
// components, or use coproduce-kit.all.js.
//
// Nothing is imported statically, so the loader runs as soon as it arrives. For each tag it then
// asks at once for every file that tag needs (<link rel="modulepreload">, from lists the build
// writes), instead of finding each file's imports only when that file has arrived.

/**
 * For each component folder, the files its file imports besides core.js and what core.js imports
 * (under ""), without ".js", space-separated: written by the build (scripts/lib/preload-lists.mjs).
 */
declare const __CP_NEEDS__: Record<string, string>;

// Each component's registering module: <name>/index.ts, or <folder>/<name>.index.ts in a folder
// holding more than one (scripts/lib/components.mjs).
const components = import.meta.glob<unknown>(['./*/index.ts', './*/*.index.ts'], { base: './components' });
const load: Record<string, () => Promise<unknown>> = {};
for (const [path, importer] of Object.entries(components)) load[`cp-${path.split(/[/.]/).at(-3)}`] = importer;
let core: Promise<typeof import('./cdn-locales.js')> | undefined;

const preload = (files = ''): void => {
  for (const file of files.split(' '))
    if (file)
      document.head.append(
        Object.assign(document.createElement('link'), {
          rel: 'modulepreload',
          href: new URL(`${file}.js`, import.meta.url).href,
        }),
      );
};

/** core.js (shared by every component, with the languages' loader and the words), once. */
const loadCore = () => {
  if (!core) preload(__CP_NEEDS__['']);
  return (core ??= import('./cdn-locales.js'));
};

/** Imports the component of every kit tag in `root` that is not yet defined. */
const discover = (root: Element): void => {
  for (const el of [root, ...root.querySelectorAll(':not(:defined)')]) {
    const tag = el.localName;
    // Each file once: `load` forgets a tag as it imports it.
    if (load[tag] && !customElements.get(tag)) {
      // core.js, with the languages' loader, once a page has a kit tag. Every component's file
      // imports core.js: the build makes sure the languages' loader is in it, set before any
      // component connects.
      void loadCore();
      // (The browser fetches a file once, however many links name it.)
      preload(__CP_NEEDS__[tag.slice(3)]);
      void load[tag]();
      delete load[tag];
    }
  }
};

/**
 * Adds or changes the kit's words, as the npm package's `registerStrings` does, for example
 * `registerStrings('en', { optional: '(you can skip this)' })`. Widgets already on the page
 * redraw with them, and those added later use them. It returns a promise: the words live in
 * core.js, which it fetches first if no widget has yet. The rest of the page's API (and this
 * function too) is in coproduce-kit.api.js beside this file.
 */
export const registerStrings = (...args: Parameters<typeof import('./cdn-api.js').registerStrings>): Promise<void> =>
  loadCore().then((m) => m.registerStrings(...args));

discover(document.documentElement);
new MutationObserver((changes) => {
  for (const change of changes) for (const node of change.addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
