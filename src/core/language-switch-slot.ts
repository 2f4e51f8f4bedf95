import { html, nothing, type TemplateResult } from 'lit';
let loading: Promise<unknown> | undefined;
export const languageSwitch = (languages: string | undefined): TemplateResult | typeof nothing => {
  // Two languages or more: one alone would leave an empty switch (and its margin).
  if (!/\S[\s,]+\S/.test(languages ?? '')) return nothing;
  loading ??= import('../components/language-switch/index.js');
  return html`<cp-language-switch languages=${languages}></cp-language-switch>`;
};
