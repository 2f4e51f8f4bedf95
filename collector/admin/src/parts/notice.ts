// A message in the page: information, success, a warning or a problem. Pair it with announce()
// when it appears after an action, so screen reader users hear it too.
import { css, html, nothing, type TemplateResult } from 'lit';

export type NoticeKind = 'info' | 'success' | 'warning' | 'error';

export interface NoticeOptions {
  /** A heading for the notice, such as "There is a problem". */
  title?: string;
  /** An id, so tests and links can find the notice. */
  id?: string;
}

const ROLES: Record<NoticeKind, string | undefined> = {
  info: undefined,
  success: undefined,
  warning: undefined,
  error: 'alert',
};

/** `notice('error', err.message)` → a box with a thick edge in the kit's status colour. */
export function notice(
  kind: NoticeKind,
  message: string | TemplateResult,
  options: NoticeOptions = {},
): TemplateResult {
  return html`<div class="notice notice--${kind}" id=${options.id ?? nothing} role=${ROLES[kind] ?? nothing}>
    ${options.title ? html`<p class="notice__title">${options.title}</p>` : nothing}
    <p class="notice__body">${message}</p>
  </div>`;
}

/** Shown while a view loads its data. */
export const loading = (what = 'Loading…') => html`<p class="muted" role="status">${what}</p>`;

/** Styles for notice(): add to a view's `static styles` after adminStyles. */
export const noticeStyles = css`
  .notice {
    margin-block: var(--cp-space-4);
    padding: var(--cp-space-3) var(--cp-space-4);
    border: 1px solid var(--cp-color-border);
    border-inline-start: var(--cp-border-thick) solid var(--cp-color-text);
    background: var(--cp-color-surface);
    color: var(--cp-color-text);
    overflow-wrap: anywhere;
  }
  .notice p {
    margin: 0;
  }
  .notice__title {
    font-weight: var(--cp-font-weight-bold);
    margin-block-end: var(--cp-space-1) !important;
  }
  .notice--success {
    border-inline-start-color: var(--cp-color-success);
  }
  .notice--warning {
    border-inline-start-color: var(--cp-color-warning);
  }
  .notice--error {
    border-inline-start-color: var(--cp-color-error);
  }
  .notice--error .notice__title {
    color: var(--cp-color-error);
  }
`;
