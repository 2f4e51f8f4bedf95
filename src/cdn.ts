/// <reference types="vite/client" />
// coproduce-kit.js, the file for <script type="module" src=".../coproduce-kit.js">: a small loader.
// The first time a kit tag appears on the page, it imports that component's file from its own
// folder (same origin, so it works under a strict CSP), so a page pays only for what it shows.
// Widgets import the parts they use themselves. Tags inside another component's shadow root are
// not seen here: such pages import the components, or use coproduce-kit.all.js.
import './cdn-locales.js';

const components = import.meta.glob<unknown>(['./components/*/index.ts']);
const load: Record<string, () => Promise<unknown>> = {};
for (const [path, importer] of Object.entries(components)) load[`cp-${path.split('/')[2]}`] = importer;

/** Imports the component of every kit tag in `root` that is not yet defined. */
const discover = (root: Element): void => {
  for (const el of [root, ...root.querySelectorAll(':not(:defined)')]) {
    const tag = el.localName;
    // Each file once: `load` forgets a tag as it imports it.
    if (load[tag] && !customElements.get(tag)) {
      void load[tag]();
      delete load[tag];
    }
  }
};

discover(document.documentElement);
new MutationObserver((changes) => {
  for (const change of changes) for (const node of change.addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
