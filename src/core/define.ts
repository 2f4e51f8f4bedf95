import { VERSION } from './version.js';

export type Versioned = CustomElementConstructor & { readonly version?: string };

/**
 * Registers `element` as `tag` once, so loading the kit twice (say from npm and the script tag)
 * does not throw. When another version of the kit (or other code) registered the tag first, that
 * one is used and the console says so, as Web Awesome does.
 */
export function defineOnce(tag: string, element: Versioned): void {
  const first = customElements.get(tag) as Versioned | undefined;
  const version = element.version ?? VERSION;
  if (!first) customElements.define(tag, element);
  else if (first.version !== version)
    console.warn(
      `coproduce-kit: <${tag}> is from ${first.version ? `version ${first.version}` : 'other code'}, not version ${version}. Load the kit once.`,
    );
}
