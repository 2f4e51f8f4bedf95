// The top of every view: an optional caption (the project or form), the one <h1> (focused by the
// shell after navigation, so it has tabindex=-1 and id "page-heading"), and an optional lead.
import { html, nothing, type TemplateResult } from 'lit';

export interface PageHeaderOptions {
  /** The view's title: the h1's words. */
  title: string;
  /** Small text above the title, such as the project's name. Free text: shown inert, any direction. */
  caption?: string;
  /** One sentence under the title saying what the page is for. */
  lead?: string | TemplateResult;
}

export function pageHeader({ title, caption, lead }: PageHeaderOptions): TemplateResult {
  return html`<header class="page-header">
    <h1 id="page-heading" tabindex="-1">
      ${caption ? html`<span class="caption" dir="auto">${caption}</span>` : nothing}${title}
    </h1>
    ${lead ? html`<p class="lead">${lead}</p>` : nothing}
  </header>`;
}

/** The h1 of a view (searching its shadow root), for the shell to focus after navigation. */
export function findHeading(view: Element): HTMLElement | null {
  return (view.shadowRoot ?? view).querySelector<HTMLElement>('h1');
}
