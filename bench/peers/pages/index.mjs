// The pages, in table order: the peers first, then plain Lit (the floor: no peer can be smaller,
// so it is shown but not compared with), then the kit. Each has a name, its HTML, what to
// bundle (js: a file or { contents }; css: files; scss: a GOV.UK Sass entry), and the selector
// paths of its submit button and error message (each step after the first inside the previous
// element's shadow root).
import * as govuk from './govuk/page.mjs';
import * as shoelace from './shoelace/page.mjs';
import * as lit from './lit/page.mjs';
import { npm, script } from './kit/page.mjs';

export const PAGES = [
  { key: 'govuk', ...govuk },
  { key: 'shoelace', ...shoelace },
  { key: 'lit', floor: true, ...lit },
  { key: 'kit-script', kit: true, ...script },
  { key: 'kit-npm', kit: true, ...npm },
];
