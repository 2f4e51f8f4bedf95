import { fold, notFound, textOf } from './dom.js';
import { WidgetHarness } from './widget.js';

/**
 * Reads a `<cp-credits>` the way a person does: the section headings (roles, or the grouping
 * chosen) and the names under each.
 *
 * ```ts
 * const credits = CreditsHarness.in(document);
 * expect(credits.names('Peer researchers')).toEqual(['Amira H.', 'Sam']);
 * ```
 */
export class CreditsHarness extends WidgetHarness {
  static override tag = 'cp-credits';

  /** The section headings, in order. */
  headings(): string[] {
    return this.all('.heading').map(textOf);
  }

  /** Every section's names, by its heading ('' for a section without one). */
  sections(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const section of this.all('[part="section"]')) {
      out[textOf(section.querySelector('.heading'))] = this.all('li bdi', section).map(textOf);
    }
    return out;
  }

  /** The names under one heading (a role, when grouped by role), or every name when no heading is given. */
  names(role?: string): string[] {
    const sections = this.sections();
    if (role === undefined) return Object.values(sections).flat();
    const names = sections[fold(role)];
    if (!names) throw notFound('role', fold(role), 'Roles', Object.keys(sections));
    return names;
  }

  /** The words of every list item (a name with its roles and contributions). */
  items(): string[] {
    return this.all('li').map(textOf);
  }
}
