import { LitElement, type PropertyDeclarations } from 'lit';
import type { Api, Staff } from '../api.js';

/**
 * What the shell (app-shell.ts) hands every view: the API, who is signed in (undefined before
 * sign-in), the path's parts after the view's name, and the query. Lit passes these reactive
 * properties on to each view that extends this, so a view lists only its own state.
 */
export class AdminView extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { attribute: false },
    staff: { attribute: false },
    params: { attribute: false },
    query: { attribute: false },
  };

  declare api: Api;
  declare staff?: Staff;
  declare params: string[];
  declare query: URLSearchParams;

  constructor() {
    super();
    this.params = [];
    this.query = new URLSearchParams();
  }
}
