// Shoelace: only the components used, cherry-picked, with its light theme. Shoelace has no error
// summary or character count, so the page writes those (as a team using it would).
import { FORM, htmlPage, remaining } from '../../form.mjs';

const { more, rating, contact } = FORM;

export const name = 'Shoelace';
export const js = 'pages/shoelace/main.js';
export const css = ['node_modules/@shoelace-style/shoelace/dist/themes/light.css', 'pages/shoelace/page.css'];
export const button = ['sl-button[type=submit]', 'button'];
export const error = [`sl-radio-group[name=${rating.id}]`, '[part~=form-control-help-text]'];

export const html = htmlPage({
  html: ' class="sl-theme-light"',
  head: '<link rel="stylesheet" href="app.css">',
  body: `<body>
<main>
<h2>${FORM.title}</h2>
<div class="summary" role="alert" tabindex="-1">
  <h3>${FORM.summary}</h3>
  <ul><li><a href="#${rating.id}">${rating.error}</a></li></ul>
</div>
<form novalidate>
  <sl-textarea id="${more.id}" name="${more.id}" label="${more.label}" help-text="${more.hint}" rows="5"></sl-textarea>
  <p class="count" id="${more.id}-count" aria-live="polite">${remaining('')}</p>
  <sl-radio-group id="${rating.id}" name="${rating.id}" label="${rating.label}" help-text="${rating.error}" data-error required>
${rating.options.map((label, i) => `    <sl-radio value="${i + 1}">${label}</sl-radio>`).join('\n')}
  </sl-radio-group>
  <fieldset>
    <legend>${contact.label}</legend>
    <sl-checkbox name="${contact.id}" value="yes">${contact.option}</sl-checkbox>
  </fieldset>
  <sl-button type="submit" variant="primary">${FORM.submit}</sl-button>
</form>
</main>
<script type="module" src="app.js"></script>
</body>`,
});
