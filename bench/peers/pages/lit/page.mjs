// Plain Lit, the floor: one small hand-written element with the same fields and nothing else.
import { htmlPage } from '../../form.mjs';

export const name = 'Plain Lit';
export const js = 'pages/lit/main.js';
export const button = ['lit-feedback-form', 'button[type=submit]'];
export const error = ['lit-feedback-form', '.error'];

export const html = htmlPage({
  body: '<body><main><lit-feedback-form></lit-feedback-form></main><script type="module" src="app.js"></script></body>',
});
