// The projects overview: each project's forms with response counts, its consent counts (current
// consents, withdrawals, access needs to arrange, payments due) and links to every other view.
import { css, html, nothing } from 'lit';
import { AdminView } from './admin-view.js';
import { href } from '../router.js';
import { viewStyles } from '../styles.js';
import { pageHeader } from '../parts/page-header.js';
import { loading, notice } from '../parts/notice.js';
import type { Column } from '../parts/data-table.js';
import '../parts/data-table.js';

interface FormSummary {
  formId: string;
  title?: string;
  versions?: number[] | number;
  responses?: number;
  responsesThisWeek?: number;
}
interface ProjectSummary {
  projectId: string;
  name?: string;
  consentId?: string;
  impactPanelId?: string;
  forms?: FormSummary[];
  consent?: { current?: number; withdrawals?: number; accessNeeds?: number; paymentsDue?: number };
}

const versionsText = (v: FormSummary['versions']) =>
  Array.isArray(v) ? (v.length ? v.join(', ') : '–') : v === undefined ? '–' : String(v);

export class CpaOverviewView extends AdminView {
  static override properties = {
    projects: { state: true },
    otherForms: { state: true },
    problem: { state: true },
  };

  declare projects?: ProjectSummary[];
  /** Stored forms that belong to no project. */
  declare otherForms: FormSummary[];
  declare problem?: string;

  static override styles = [
    viewStyles,
    css`
      .project {
        margin-block-end: var(--cp-space-6);
      }
      .counts {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
        gap: var(--cp-space-3);
        margin: 0 0 var(--cp-space-4);
        padding: 0;
        list-style: none;
      }
      .counts li {
        padding: var(--cp-space-3);
        border: 1px solid var(--cp-color-border);
        border-inline-start: var(--cp-border-thick) solid var(--cp-brand, var(--cp-color-brand-default));
        background: var(--cp-color-surface);
      }
      .count {
        display: block;
        font-size: var(--cp-font-size-heading-m);
        font-weight: var(--cp-font-weight-bold);
        line-height: var(--cp-font-line-height-heading);
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.problem = undefined;
    try {
      const body = await this.api.get<{ projects?: ProjectSummary[]; otherForms?: FormSummary[] }>('/overview');
      this.otherForms = Array.isArray(body?.otherForms) ? body.otherForms : [];
      this.projects = Array.isArray(body?.projects) ? body.projects : [];
    } catch (e) {
      this.problem = (e as Error).message;
    }
  }

  private formColumns(): Column<FormSummary>[] {
    return [
      {
        key: 'title',
        label: 'Form',
        value: (f) => f.title ?? f.formId,
        render: (f) =>
          html`<a href=${href('results', [f.formId])} id=${`results-${f.formId}`}>${f.title ?? f.formId}</a>`,
      },
      { key: 'versions', label: 'Versions', value: (f) => versionsText(f.versions), sortable: false },
      { key: 'responses', label: 'Responses', numeric: true, value: (f) => f.responses ?? 0 },
      { key: 'responsesThisWeek', label: 'This week', numeric: true, value: (f) => f.responsesThisWeek ?? 0 },
      {
        key: 'list',
        label: 'Each response',
        sortable: false,
        render: (f) =>
          html`<a href=${href('responses', [f.formId])}>Read responses<span class="vh"> to ${f.title ?? f.formId}</span></a>`,
      },
    ];
  }

  private project(p: ProjectSummary) {
    const name = p.name ?? p.projectId;
    const c = p.consent ?? {};
    const count = (n: number | undefined, label: string, link?: string) =>
      html`<li><span class="count">${n ?? 0}</span>${link ? html`<a href=${link}>${label}</a>` : label}</li>`;
    const consentLink = p.consentId ? href('consent', [p.consentId]) : undefined;
    return html`<section class="project" aria-labelledby=${`project-${p.projectId}`} id=${`project-section-${p.projectId}`}>
      <h2 id=${`project-${p.projectId}`} dir="auto">${name}</h2>
      <cpa-data-table .caption=${`Forms in ${name}`} .columns=${this.formColumns()} .rows=${p.forms ?? []} empty="No forms yet."></cpa-data-table>
      ${
        p.consentId
          ? html`<h3>Consent</h3>
            <ul class="counts">
              ${count(c.current, 'current consents', consentLink)} ${count(c.withdrawals, 'withdrawals', consentLink && `${consentLink}?show=withdrawn`)}
              ${count(c.accessNeeds, 'access needs to arrange', consentLink && `${consentLink}?show=access`)}
              ${count(c.paymentsDue, 'payments due', consentLink && `${consentLink}?show=payments`)}
            </ul>`
          : html`<p class="muted">This project has no consent statement.</p>`
      }
      <ul class="actions plain">
        ${p.consentId ? html`<li><a href=${consentLink!}>Consent records</a></li>` : nothing}
        <li><a href=${href('credits', [p.projectId])}>Credits</a></li>
        ${p.impactPanelId ? html`<li><a href=${href('impact', [p.impactPanelId])}>You said, we did</a></li>` : nothing}
      </ul>
    </section>`;
  }

  protected override render() {
    return html`${pageHeader({ title: 'Overview', lead: 'Your projects, their forms and what people have agreed to.' })}
      ${
        this.problem
          ? notice('error', this.problem, { title: 'The overview could not be loaded' })
          : !this.projects
            ? loading()
            : this.projects.length
              ? this.projects.map((p) => this.project(p))
              : html`<p>There are no projects yet. <a href=${href('forms')}>Add a form</a> to start.</p>`
      }
      ${
        this.otherForms?.length
          ? html`<section aria-labelledby="other-forms" id="other-forms-section">
            <h2 id="other-forms">Forms in no project</h2>
            <cpa-data-table caption="Forms in no project" caption-hidden .columns=${this.formColumns()} .rows=${this.otherForms}></cpa-data-table>
          </section>`
          : nothing
      }`;
  }
}

if (!customElements.get('cpa-overview-view')) customElements.define('cpa-overview-view', CpaOverviewView);
