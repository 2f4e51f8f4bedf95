// axe-core's minified build registers `window.axe`; it has no types of its own.
declare module 'axe-core/axe.min.js';
