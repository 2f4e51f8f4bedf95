import { redactContributor } from '../../contract/redact.js';
import type { Contributor } from './types.js';

/** The schema.org `Person` of each contributor shown by a personal name (not groups, not the anonymous). */
export function creditsPeople(contributors: Contributor[]): Record<string, string>[] {
  return contributors.flatMap((raw) => {
    const c = redactContributor(raw);
    const name = c?.name ?? c?.pseudonym;
    return name ? [{ '@type': 'Person', name, ...(c!.url && { url: c!.url }) }] : [];
  });
}

/**
 * schema.org JSON-LD for the people named in the credits, as the text of a
 * `<script type="application/ld+json">`: a `CreativeWork` with each of them as a `contributor`.
 * `<` is escaped so the text can never end its script element.
 */
export const creditsJsonLd = (contributors: Contributor[]): string =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    contributor: creditsPeople(contributors),
  }).replace(/</g, '\\u003c');
