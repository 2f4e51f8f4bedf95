// Types for using the widgets in React 19, Vue 3 and Svelte 5 templates, generated from
// custom-elements.json by this analyzer plugin (`npm run build:manifest`) into dist/frameworks/,
// and published as `coproduce-kit/react`, `coproduce-kit/vue` and `coproduce-kit/svelte`.
//
// Each element's attributes and properties are typed from its class (`CpFeedbackForm['data']`),
// and each `cp-` event from HTMLElementEventMap, which takes every event in CpEventDetails
// (scripts/lib/event-types.mjs checks that every `@fires` is declared there), so the framework types can never disagree with the classes.
// The maintained generators (@wc-toolkit/jsx-types, custom-element-vuejs-integration,
// custom-element-svelte-integration) were tried first: the JSX one refuses `ref={useRef(…)}` and
// imports a name the package root does not export; the Svelte one writes Svelte 4 `on:` types in a
// namespace that does not reach Svelte; the Vue one types events as `oncp-…` props, which Vue
// templates never match. Each framework's own recommended pattern is used instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADER = '// Generated from custom-elements.json by scripts/lib/framework-types.mjs. Do not edit.\n';
/** Attribute types that can be written without a class to look them up in. */
const PLAIN = /^(boolean|string|number)$/;

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';

/**
 * The public face of every custom element in the manifest: attributes, settable properties and
 * the kit's own (`cp-`) events.
 */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const props = new Map();
      for (const m of d.members ?? []) {
        if (m.kind !== 'field' || m.static || m.readonly || m.name.startsWith('_')) continue;
        if (m.privacy && m.privacy !== 'public') continue;
        props.set(m.name, { name: m.name, description: m.description });
      }
      const attrs = [];
      for (const a of d.attributes ?? []) {
        if (a.fieldName && !props.has(a.fieldName))
          props.set(a.fieldName, { name: a.fieldName, description: a.description });
        if (a.name !== a.fieldName)
          attrs.push({ name: a.name, field: a.fieldName, type: a.type?.text, description: a.description });
      }
      const events = (d.events ?? []).filter((e) => e.name?.startsWith('cp-'));
      out.push({
        tag: d.tagName,
        className: d.name,
        summary: d.summary ?? d.description,
        attrs,
        props: [...props.values()],
        events,
      });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The members of one element's props type, shared by the three frameworks. */
function members(el, eventKey, { camelizes = false } = {}) {
  const lines = [];
  for (const p of el.props)
    lines.push(`${doc(p.description)}  ${key(p.name)}?: ${el.className}[${JSON.stringify(p.name)}];`);
  // Vue's checker reads `min-seconds` as the property `minSeconds` (and so does Vue, at run time).
  for (const a of camelizes ? el.attrs.filter((a) => !a.field) : el.attrs) {
    const type = a.field
      ? `Attr<${el.className}[${JSON.stringify(a.field)}]>`
      : PLAIN.test(a.type ?? '')
        ? a.type
        : 'string';
    lines.push(`${doc(a.description)}  '${a.name}'?: ${type};`);
  }
  if (eventKey)
    for (const e of el.events)
      for (const k of [eventKey].flat())
        lines.push(`${doc(e.description)}  '${k(e.name)}'?: Handler<${el.className}, '${e.name}'>;`);
  return lines.join('\n');
}

const imports = (els) => `import type { ${els.map((e) => e.className).join(', ')} } from '../types/index.js';\n`;

const attrType = `/** An attribute as written in markup: a number may also be given as its digits. */
type Attr<T> = T extends number ? T | \`\${number}\` : T;
`;
const handlerType = (
  currentTarget,
) => `/** A handler for one of the kit's events (its detail is typed), with the element as \`currentTarget\`. */
type Handler<E, K extends keyof HTMLElementEventMap> = (event: HTMLElementEventMap[K] & { currentTarget: ${currentTarget} }) => void;
`;

function propsTypes(els, suffix, eventKey, options) {
  return els
    .map(
      (el) =>
        `/** Attributes, properties and events of \`<${el.tag}>\`. */\nexport interface ${el.className}${suffix} {\n${members(el, eventKey, options)}\n}\n`,
    )
    .join('\n');
}

function elementMap(els, name, type) {
  return `export interface ${name} {\n${els.map((el) => `${doc(el.summary)}  '${el.tag}': ${type(el)};`).join('\n')}\n}\n`;
}

/** React 19: `<cp-feedback-form endpoint="…" oncp-submitted={(e) => …}>` in JSX. */
export function reactTypes(els) {
  return `${HEADER}// Use: \`import type {} from 'coproduce-kit/react';\` once in the app (or "types": ["coproduce-kit/react"]).
import type { HTMLAttributes, RefAttributes } from 'react';
${imports(els)}
${attrType}${handlerType('E')}/** React's own attributes for an element (\`className\`, \`style\`, \`aria-*\`, \`ref\`, \`key\`, children), then the element's. */
type Element<E, P> = Omit<HTMLAttributes<E>, keyof P> & RefAttributes<E> & P;

${propsTypes(els, 'ReactProps', (n) => `on${n}`)}
${elementMap(els, 'CustomElements', (el) => `Element<${el.className}, ${el.className}ReactProps>`)}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;
}

/** Vue 3: GlobalComponents, as Vue's guide does for custom elements not built with Vue. */
export function vueTypes(els) {
  return `${HEADER}// Use: \`import type {} from 'coproduce-kit/vue';\` once in the app (or "types": ["coproduce-kit/vue"]).
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${imports(els)}
/** A custom element as Vue's template type-checker sees it: its props and its events (\`@cp-submitted\`). */
type DefineCustomElement<E extends HTMLElement, P, K extends keyof HTMLElementEventMap> = new () => E & {
  /** @deprecated Only for type-checking templates: not on the element. */
  $props: Omit<HTMLAttributes, keyof P> & P & PublicProps;
  /** @deprecated Only for type-checking templates: not on the element. */
  $emit: EmitFn<{ [N in K]: (event: HTMLElementEventMap[N]) => void }>;
};

${propsTypes(els, 'VueProps', undefined, { camelizes: true })}
${elementMap(els, 'CustomElements', (el) => `DefineCustomElement<${el.className}, ${el.className}VueProps, ${el.events.map((e) => `'${e.name}'`).join(' | ') || 'never'}>`)}
declare module 'vue' {
  interface GlobalComponents extends CustomElements {}
}
`;
}

/** Svelte 5: `<cp-feedback-form {endpoint} oncp-submitted={(e) => …}>`, through svelte/elements. */
export function svelteTypes(els) {
  return `${HEADER}// Use: \`import type {} from 'coproduce-kit/svelte';\` once in the app (or "types": ["coproduce-kit/svelte"]).
import type { HTMLAttributes } from 'svelte/elements';
${imports(els)}
${attrType}${handlerType('EventTarget & E')}/** Svelte's own attributes for an element (\`class\`, \`style\`, \`aria-*\`), then the element's. */
type Element<E extends EventTarget, P> = Omit<HTMLAttributes<E>, keyof P> & P;

${propsTypes(els, 'SvelteProps', [(n) => `on${n}`, (n) => `on:${n}`])}
${elementMap(els, 'CustomElements', (el) => `Element<${el.className}, ${el.className}SvelteProps>`)}
declare module 'svelte/elements' {
  interface SvelteHTMLElements extends CustomElements {}
}
`;
}

export const generators = { react: reactTypes, vue: vueTypes, svelte: svelteTypes };

/** Writes dist/frameworks/<name>.d.ts, and an empty <name>.js so each subpath also resolves at run time. */
export function frameworkTypesPlugin({ outdir = 'dist/frameworks' } = {}) {
  return {
    name: 'coproduce-kit:framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const els = elementsOf(customElementsManifest);
      mkdirSync(outdir, { recursive: true });
      for (const [name, generate] of Object.entries(generators)) {
        writeFileSync(join(outdir, `${name}.d.ts`), generate(els));
        writeFileSync(join(outdir, `${name}.js`), `// Types only: see ${name}.d.ts.\nexport {};\n`);
      }
    },
  };
}
