// What the results and responses views need to know around a form: its project (for themes),
// the project's "you said, we did" panel (for "Link to…"), and the project's themes.
// The overview is read once per page load and kept: it changes rarely while someone works.
import type { Api } from '../../api.js';

export interface ProjectInfo {
  projectId: string;
  name?: string;
  consentId?: string;
  impactPanelId?: string;
  forms?: { formId: string; title?: string }[];
}
export interface Theme {
  id: string;
  name: string;
  count?: number;
}
export interface ImpactItem {
  id: string;
  youSaid: string;
  theme?: string;
  status?: string;
}

let overview: Promise<ProjectInfo[]> | undefined;

/** The project the form belongs to, if any. */
export async function projectOf(api: Api, formId: string): Promise<ProjectInfo | undefined> {
  overview ??= api
    .get<{ projects?: ProjectInfo[] }>('/overview')
    .then((b) => (Array.isArray(b?.projects) ? b.projects : []))
    .catch(() => {
      overview = undefined;
      return [];
    });
  const projects = await overview;
  return projects.find((p) => p.forms?.some((f) => f.formId === formId));
}

export async function loadThemes(api: Api, projectId: string): Promise<Theme[]> {
  const body = await api.get<{ themes?: Theme[] }>(`/projects/${encodeURIComponent(projectId)}/themes`);
  return Array.isArray(body?.themes) ? body.themes : [];
}

/** The published panel's items, read from the public address (what the public sees). */
export async function loadImpactItems(panelId: string): Promise<ImpactItem[]> {
  try {
    const res = await fetch(`/v1/impact/${encodeURIComponent(panelId)}`, { headers: { Accept: 'application/json' } });
    if (!res.ok) return [];
    const body = await res.json();
    return Array.isArray(body?.items) ? body.items : [];
  } catch {
    return [];
  }
}
