// The export links: the API's own addresses with the current filter and format=csv|json.
// Plain links, so the browser downloads the file the server names; the server logs the export.
import { html } from 'lit';
import type { Api } from '../../api.js';
import { apiQuery, type Filter } from './filter.js';

/** The export links: the API's own addresses with the current filter and format. */
export function exportLinks(api: Api, formId: string, filter: Filter, projectId?: string) {
  const q = apiQuery(formId, filter, projectId);
  return html`<section aria-labelledby="export-heading" id="export">
    <h2 id="export-heading" class="h3">Export</h2>
    <p class="muted">The files hold the responses in the current filter, with question and answer labels.</p>
    <p class="actions">
      <a class="button-secondary" id="export-csv" href=${api.url('/feedback', { ...q, format: 'csv' })} download>Download CSV<span class="vh"> (spreadsheet)</span></a>
      <a class="button-secondary" id="export-json" href=${api.url('/feedback', { ...q, format: 'json' })} download>Download JSON</a>
    </p>
  </section>`;
}
