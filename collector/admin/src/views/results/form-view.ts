import type { PropertyDeclarations, PropertyValues } from 'lit';
import { AdminView } from '../admin-view.js';
import { loadThemes, projectOf, type ProjectInfo, type Theme } from './context.js';
import { readFilter, type Filter } from './filter.js';
import type { SelectedAnswer } from './selection-bar.js';

/**
 * A view of one form under the shared filter (results and responses): the form from the path,
 * the filter from the query, the form's project and its themes, and answers selected to tag or
 * link. It loads again when the form or filter changes; only the newest load's answer is kept.
 * The two views had this written out twice.
 */
export abstract class FormView extends AdminView {
  static override properties: PropertyDeclarations = {
    problem: { state: true },
    project: { state: true },
    themes: { state: true },
    selected: { state: true },
  };

  declare problem?: string;
  declare project?: ProjectInfo;
  declare themes: Theme[];
  declare selected: Map<string, SelectedAnswer>;

  private loadedKey = '';
  private loads = 0;

  constructor() {
    super();
    this.themes = [];
    this.selected = new Map();
  }

  get formId(): string {
    return this.params[0] ?? '';
  }
  get filter(): Filter {
    return readFilter(this.query);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('params') || changed.has('query')) && this.api) {
      const key = `${this.formId}?${new URLSearchParams(this.filter as Record<string, string>)}`;
      if (key !== this.loadedKey) {
        const again = this.loadedKey.startsWith(`${this.formId}?`);
        this.loadedKey = key;
        void this.reload(again);
      }
    }
  }

  protected async reload(filterChanged: boolean): Promise<void> {
    if (!this.formId) return;
    const mine = ++this.loads;
    this.problem = undefined;
    try {
      this.project ??= await projectOf(this.api, this.formId);
      await this.load(filterChanged, () => mine === this.loads);
    } catch (e) {
      if (mine === this.loads) this.problem = (e as Error).message;
    }
  }

  /**
   * The view's own data, once `project` is known. `current()` is false once a newer load has
   * started: keep nothing then. `filterChanged`: the same form with another filter.
   */
  protected abstract load(filterChanged: boolean, current: () => boolean): Promise<void>;

  protected async loadThemes(): Promise<void> {
    if (!this.project) return;
    try {
      this.themes = await loadThemes(this.api, this.project.projectId);
    } catch {
      this.themes = [];
    }
  }
}
