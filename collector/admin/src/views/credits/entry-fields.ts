// The fields of one staff-added credit entry: how they are credited, the name that choice needs,
// organisation and roles, and "Remove". Ids are `entry-<index>-<field>`, the same as the
// collector's error fields (`contributors[2].name`, see controlFor in model.ts).
import { html, nothing } from 'lit';
import type { Contributor } from '../../../../../src/contract/credits.js';
import { CHOICES, NEEDS, type Entry } from './model.js';

export interface EntryActions {
  change(patch: Partial<Contributor>): void;
  remove(): void;
}

export function entryFields(entry: Entry, i: number, roles: { value: string; label: string }[], on: EntryActions) {
  const c = entry.contributor;
  const choice = c.credit ?? '';
  const needs = NEEDS[choice as keyof typeof NEEDS];
  const text = (
    field: 'name' | 'pseudonym' | 'group' | 'organisation',
    label: string,
    required: boolean,
    hint = '',
    message = '',
  ) =>
    html`<cp-text-field
      id=${`entry-${i}-${field}`}
      label=${label}
      hint=${hint}
      ?required=${required}
      required-message=${message || `Enter their ${label.toLowerCase()}`}
      autocomplete="off"
      .value=${c[field] ?? ''}
      @input=${(e: Event) => on.change({ [field]: (e.target as HTMLInputElement).value })}
    ></cp-text-field>`;
  const who = c.name || c.pseudonym || c.group;
  return html`<fieldset class="entry" id=${`entry-${i}`}>
    <legend dir="auto">Person ${i + 1}${who ? `: ${who}` : ''}</legend>
    <cp-radio-group
      id=${`entry-${i}-credit`}
      label="How are they credited?"
      required
      required-message=${`Select how person ${i + 1} is credited`}
      .options=${CHOICES}
      .value=${choice}
      @change=${(e: Event) => on.change({ credit: (e.target as HTMLInputElement).value as Contributor['credit'] })}
    ></cp-radio-group>
    ${text('name', 'Name', needs === 'name', needs === 'name' ? 'Their full name. The credits show only the part they chose.' : '', `Enter the name of person ${i + 1}`)}
    ${needs === 'pseudonym' ? text('pseudonym', 'Made-up name', true, '', `Enter the made-up name of person ${i + 1}`) : nothing}
    ${needs === 'group' ? text('group', 'Group', true, 'Such as "Young Carers Panel".', `Enter the group of person ${i + 1}`) : nothing}
    ${text('organisation', 'Organisation', false)}
    <cp-checkbox-group
      id=${`entry-${i}-roles`}
      label="Roles"
      .options=${roles}
      .value=${c.roles ?? []}
      @change=${(e: Event) => on.change({ roles: [...(e.target as unknown as { value: string[] }).value] })}
    ></cp-checkbox-group>
    <cp-button type="button" variant="secondary" id=${`entry-${i}-remove`} @click=${on.remove}>Remove person ${i + 1}</cp-button>
  </fieldset>`;
}
