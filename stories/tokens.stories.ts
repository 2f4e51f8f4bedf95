import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import values from '../src/tokens/generated/tokens.values.json';
import list from '../src/tokens/generated/tokens.list.json';
import pairsFile from '../src/tokens/contrast-pairs.json';
import { contrast, minimum } from '../shared/contrast.mjs';
import '../src/index.js';
import { themed } from './helpers.js';

type ThemeName = keyof typeof values;
const themes = Object.keys(values) as ThemeName[];
const value = (theme: ThemeName, name: string) => (values[theme] as Record<string, string>)[name]!;

const tokenTable = () => html`<table class="cp-token-table">
  <caption>
    Every design token (CSS custom property) in every theme
  </caption>
  <thead>
    <tr>
      <th scope="col">Custom property</th>
      ${themes.map((t) => html`<th scope="col">${t}</th>`)}
      <th scope="col">What it is for</th>
    </tr>
  </thead>
  <tbody>
    ${list.map(
      (t) => html`<tr>
        <th scope="row"><code>--${t.name}</code></th>
        ${themes.map((theme) => {
          const v = value(theme, t.name.replace(/^cp-/, ''));
          return html`<td>
            ${t.type === 'color' ? html`<span class="cp-swatch" style="background:${v}"></span>` : ''}<code>${v}</code>
          </td>`;
        })}
        <td>${t.description}</td>
      </tr>`,
    )}
  </tbody>
</table>`;

const pairTable = () => html`<table class="cp-token-table">
  <caption>
    Contrast of every text and control colour pair (checked by the test suite)
  </caption>
  <thead>
    <tr>
      <th scope="col">Foreground</th>
      <th scope="col">Background</th>
      ${themes.map((t) => html`<th scope="col">${t}</th>`)}
    </tr>
  </thead>
  <tbody>
    ${pairsFile.pairs.map((p) => {
      const fg = Array.isArray(p.fg) ? p.fg : [p.fg];
      return html`<tr>
        <td><code>${fg.join(' / ')}</code></td>
        <td><code>${p.bg}</code></td>
        ${themes.map((theme) => {
          const ratio = Math.max(...fg.map((f) => contrast(value(theme, f), value(theme, p.bg))));
          return html`<td>${ratio.toFixed(2)}:1 (needs ${minimum(p.kind as 'text', theme)}:1)</td>`;
        })}
      </tr>`;
    })}
  </tbody>
</table>`;

const sample = () => html`<form novalidate @submit=${(e: Event) => e.preventDefault()}>
  <cp-text-field label="What should we call you?" hint="A first name or a nickname."></cp-text-field>
  <cp-radio-group
    label="Did the workshop start on time?"
    inline
    .options=${[
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ]}
    error="Select whether the workshop started on time"
  ></cp-radio-group>
  <cp-button>Send feedback</cp-button>
  <cp-button variant="secondary" type="button">Save for later</cp-button>
</form>`;

const meta: Meta = {
  title: 'Foundations/Tokens and themes',
  parameters: { a11y: { test: 'error' } },
};
export default meta;
type Story = StoryObj;

export const AllTokens: Story = { render: tokenTable };
export const ContrastPairs: Story = { render: pairTable };
export const Light: Story = { render: sample, decorators: [themed('light')] };
export const Dark: Story = { render: sample, decorators: [themed('dark')] };
export const HighContrast: Story = { render: sample, decorators: [themed('high-contrast')] };
export const Brand: Story = {
  name: 'Brand colour set by the page',
  render: () => html`<div style="--cp-color-brand: #6b2c91; --cp-font-family: Georgia, serif">${sample()}</div>`,
};
