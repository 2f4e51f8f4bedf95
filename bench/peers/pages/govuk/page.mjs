// GOV.UK Frontend: the markup its Nunjucks macros write (as a server would, after a submit with
// no rating), the Sass of only the components used, and only their JavaScript.
import { FORM, htmlPage } from '../../form.mjs';

const { more, rating, contact } = FORM;

export const name = 'GOV.UK Frontend';
export const js = 'pages/govuk/main.js';
export const scss = 'pages/govuk/styles.scss';
export const button = ['button.govuk-button'];
export const error = [`#${rating.id}-error`];

export const html = htmlPage({
  html: ' class="govuk-template"',
  head: '<link rel="stylesheet" href="app.css">',
  body: `<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
<h2 class="govuk-heading-l">${FORM.title}</h2>
<div class="govuk-error-summary" data-module="govuk-error-summary">
  <div role="alert">
    <h2 class="govuk-error-summary__title">${FORM.summary}</h2>
    <div class="govuk-error-summary__body">
      <ul class="govuk-list govuk-error-summary__list"><li><a href="#${rating.id}">${rating.error}</a></li></ul>
    </div>
  </div>
</div>
<form method="post" novalidate>
<div class="govuk-form-group govuk-character-count" data-module="govuk-character-count" data-maxlength="${more.maxLength}">
  <label class="govuk-label" for="${more.id}">${more.label}</label>
  <div id="${more.id}-hint" class="govuk-hint">${more.hint}</div>
  <textarea class="govuk-textarea govuk-js-character-count" id="${more.id}" name="${more.id}" rows="5" aria-describedby="${more.id}-info ${more.id}-hint"></textarea>
  <div id="${more.id}-info" class="govuk-hint govuk-character-count__message">You can enter up to ${more.maxLength} characters</div>
</div>
<div class="govuk-form-group govuk-form-group--error">
  <fieldset class="govuk-fieldset" aria-describedby="${rating.id}-error">
    <legend class="govuk-fieldset__legend">${rating.label}</legend>
    <p id="${rating.id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${rating.error}</p>
    <div class="govuk-radios" data-module="govuk-radios">
${rating.options
  .map(
    (label, i) => `      <div class="govuk-radios__item">
        <input class="govuk-radios__input" id="${rating.id}${i ? `-${i + 1}` : ''}" name="${rating.id}" type="radio" value="${i + 1}">
        <label class="govuk-label govuk-radios__label" for="${rating.id}${i ? `-${i + 1}` : ''}">${label}</label>
      </div>`,
  )
  .join('\n')}
    </div>
  </fieldset>
</div>
<div class="govuk-form-group">
  <fieldset class="govuk-fieldset">
    <legend class="govuk-fieldset__legend">${contact.label}</legend>
    <div class="govuk-checkboxes" data-module="govuk-checkboxes">
      <div class="govuk-checkboxes__item">
        <input class="govuk-checkboxes__input" id="${contact.id}" name="${contact.id}" type="checkbox" value="yes">
        <label class="govuk-label govuk-checkboxes__label" for="${contact.id}">${contact.option}</label>
      </div>
    </div>
  </fieldset>
</div>
<button type="submit" class="govuk-button" data-module="govuk-button">${FORM.submit}</button>
</form>
</main></div>
<script type="module" src="app.js"></script>
</body>`,
});
