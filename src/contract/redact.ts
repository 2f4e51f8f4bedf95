import type { Contributor, CreditsData } from './credits.js';

const words = (name: string) => name.trim().split(/\s+/);

/**
 * One contributor reduced to what they chose to show: `undefined` for `hidden`, and otherwise
 * only the name they chose (the first name, the initials, the pseudonym or the group), never
 * the others. `id` is dropped. Everything `<cp-credits>` shows, copies or publishes is made from
 * this, so a name nobody chose to show cannot leak. Running it twice gives the same result.
 */
export function redactContributor(c: Contributor): Contributor | undefined {
  const { name, credit = 'anonymous' } = c;
  if (credit === 'hidden') return undefined;
  // Only the fields that are shown are kept, so nothing else in the data (an email, say) is passed on.
  const { roles, organisation, from, to } = c;
  const shown: Contributor = { credit, roles, organisation, from, to };
  if (name && credit === 'full') shown.name = name;
  if (name && credit === 'first-name') shown.name = words(name)[0];
  // "Amina Khan" → "A. K." (and "A. K." stays "A. K.").
  if (name && credit === 'initials')
    shown.name = words(name)
      .map((w) => `${[...w][0]}.`)
      .join(' ');
  if (credit === 'pseudonym') shown.pseudonym = c.pseudonym;
  if (credit === 'group') shown.group = c.group;
  if (credit === 'full' || credit === 'pseudonym') shown.url = c.url;
  if (c.livedExperience === true) shown.livedExperience = true;
  for (const k in shown) if (shown[k as keyof Contributor] === undefined) delete shown[k as keyof Contributor];
  return shown;
}

/** The name a redacted contributor is shown by, or `undefined` when they are only counted. */
export const shownName = (c: Contributor): string | undefined => c.name ?? c.pseudonym ?? c.group;

/**
 * Credits data with everyone reduced to what they chose to show, and `hidden` people removed.
 * Use it on a server before publishing credits at a `src` URL, which anyone can read.
 */
export function redactCredits(data: CreditsData): CreditsData {
  return {
    ...data,
    contributors: data.contributors.map(redactContributor).filter((c): c is Contributor => !!c),
  };
}
