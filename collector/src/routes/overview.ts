import fp from 'fastify-plugin';
import { writeLimited } from '../context.js';
import { accessNeedsOf, isCurrent, paymentDue, withdrewAny } from '../store/consent-state.js';
import { listProjects } from '../store/credits.js';
import { definitionOf, listDefinitions } from '../store/definitions.js';
import { textOf, type Text } from '../../../src/contract/text.js';

export interface FormOverview {
  formId: string;
  title: string;
  versions: string[];
  responses: number;
  responsesThisWeek: number;
}

/**
 * GET /v1/admin/overview: each project with its forms (responses in all, and received in the last
 * 7 days) and its consent counts (current records, withdrawals, access needs and payments to
 * arrange); then `otherForms`, the forms and feedback that no project names.
 */
export const overviewRoutes = fp(
  async (admin) => {
    const { ctx } = admin;
    const db = ctx.storage;

    admin.get<{ Reply: unknown }>('/overview', { config: writeLimited(ctx) }, async () => {
      const defs = await listDefinitions(db, 'form');
      const counts = await db.query<{ form_id: string; form_version: string; responses: number; week: number }>(
        `select form_id, form_version, count(*)::int as responses,
              count(*) filter (where received_at >= now() - interval '7 days')::int as week
       from feedback group by form_id, form_version order by form_id, form_version`,
      );
      const titles = new Map<string, string>();
      for (const d of defs) {
        const body = await definitionOf(db, 'form', d.id, d.current);
        // A title in several languages ({ "en": …, "cy": … }) is listed in its first.
        if (body?.title) titles.set(d.id, textOf(body.title as Text));
      }
      const formOf = (formId: string): FormOverview => {
        const versions = defs.find((d) => d.id === formId)?.versions.map((v) => v.version) ?? [];
        let responses = 0;
        let week = 0;
        for (const c of counts) {
          if (c.form_id !== formId) continue;
          responses += c.responses;
          week += c.week;
          if (!versions.includes(c.form_version)) versions.push(c.form_version);
        }
        return { formId, title: titles.get(formId) ?? formId, versions, responses, responsesThisWeek: week };
      };

      const named = new Set<string>();
      const projects = [];
      for (const { id, project } of await listProjects(db)) {
        for (const f of project.forms ?? []) named.add(f);
        const consent = { current: 0, withdrawals: 0, accessNeeds: 0, paymentsDue: 0 };
        if (project.consentId) {
          for (const h of await ctx.store.consentHistory(project.consentId)) {
            if (!h.record || h.erasedAt) continue;
            if (withdrewAny(h)) consent.withdrawals++;
            if (!isCurrent(h)) continue;
            consent.current++;
            if (accessNeedsOf(h)) consent.accessNeeds++;
            if (paymentDue(h)) consent.paymentsDue++;
          }
        }
        projects.push({
          projectId: id,
          name: project.name,
          ...(project.consentId ? { consentId: project.consentId } : {}),
          ...(project.impactPanelId ? { impactPanelId: project.impactPanelId } : {}),
          forms: (project.forms ?? []).map(formOf),
          consent,
        });
      }
      const others = [...new Set([...defs.map((d) => d.id), ...counts.map((c) => c.form_id)])]
        .filter((f) => !named.has(f))
        .sort();
      return { projects, otherForms: others.map(formOf) };
    });
  },
  { name: 'overview-routes' },
);
