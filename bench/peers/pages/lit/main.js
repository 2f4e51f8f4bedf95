import { css, html, LitElement } from 'lit';
import { FORM, remaining } from '../../form.mjs';

const { more, rating, contact } = FORM;

/** The form, showing the rating's error as after a submit with no rating. */
class LitFeedbackForm extends LitElement {
  static properties = { text: { state: true } };
  static styles = css`
    :host { display: block; font: 1.1875rem/1.3 arial, sans-serif; color: #0b0c0c; margin: 2rem; }
    .group { margin-bottom: 1.5rem; }
    fieldset { border: 0; padding: 0; margin: 0; }
    label, legend { display: block; margin-bottom: 0.3rem; }
    .hint, .count { color: #484949; }
    textarea { display: block; width: 100%; box-sizing: border-box; font: inherit; border: 2px solid #0b0c0c; }
    .invalid { border-left: 5px solid #ca3535; padding-left: 1rem; }
    .error { color: #ca3535; font-weight: bold; margin: 0.3rem 0; }
    .summary { border: 5px solid #ca3535; padding: 1rem; margin-bottom: 2rem; }
    .summary a { color: #ca3535; font-weight: bold; }
    input { width: 1.5rem; height: 1.5rem; vertical-align: middle; }
    button { font: inherit; color: #fff; background: #00703c; border: 0; box-shadow: 0 2px 0 #002d18; padding: 0.5rem 0.75rem; }
    button:focus-visible, a:focus, input:focus, textarea:focus { outline: 3px solid #fd0; }
  `;

  constructor() {
    super();
    this.text = '';
  }

  render() {
    return html`<h2>${FORM.title}</h2>
      <div class="summary" role="alert">
        <h3>${FORM.summary}</h3>
        <ul><li><a href="#${rating.id}-1">${rating.error}</a></li></ul>
      </div>
      <form novalidate>
        <div class="group">
          <label for=${more.id}>${more.label}</label>
          <p class="hint" id="${more.id}-hint">${more.hint}</p>
          <textarea id=${more.id} name=${more.id} rows="5" aria-describedby="${more.id}-count ${more.id}-hint"
            @input=${(e) => (this.text = e.target.value)}></textarea>
          <p class="count" id="${more.id}-count" aria-live="polite">${remaining(this.text)}</p>
        </div>
        <fieldset class="group invalid" aria-describedby="${rating.id}-error">
          <legend>${rating.label}</legend>
          <p class="error" id="${rating.id}-error"><span hidden>Error:</span> ${rating.error}</p>
          ${rating.options.map(
            (label, i) => html`<div>
              <input type="radio" id="${rating.id}-${i + 1}" name=${rating.id} value=${i + 1} />
              <label for="${rating.id}-${i + 1}" style="display:inline">${label}</label>
            </div>`,
          )}
        </fieldset>
        <fieldset class="group">
          <legend>${contact.label}</legend>
          <input type="checkbox" id=${contact.id} name=${contact.id} value="yes" />
          <label for=${contact.id} style="display:inline">${contact.option}</label>
        </fieldset>
        <button type="submit">${FORM.submit}</button>
      </form>`;
  }
}
customElements.define('lit-feedback-form', LitFeedbackForm);
