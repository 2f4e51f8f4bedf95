/**
 * "Say that I took part with lived experience": an optional, unticked choice on the credit step,
 * offered only to people who chose to be named (full name, first name, initials or a made-up
 * name). Not for a group's name (the credits show only the group), nor for people who are not
 * named or not listed: there is nothing to put it beside. A definition turns it off with
 * `askLivedExperience: false`. Ticked, the record's credit has `livedExperience: true`; otherwise
 * the field is absent.
 */
import { html, nothing } from 'lit';
import type { StringKey } from '../../core/strings.js';
import '../checkbox-group/index.js';
import { asksLived, offersLived, type ConsentAnswers } from './consent-helpers.js';
import './lived-experience.strings.js';
import type { ConsentCredit, ConsentDefinition } from './types.js';

/** What these helpers need from the flow or the withdraw form. */
interface Host {
  t(key: StringKey, vars?: Record<string, string | number>): string;
  langOf(key: StringKey, vars?: Record<string, string | number>): 'en' | undefined;
}

/** The checkbox, under the credit choice and the name: only when the choice is offered. */
export function renderLived(host: Host, credit: string | undefined, lived: string[] | undefined, ask = true) {
  if (!ask || !offersLived(credit)) return nothing;
  const options = [{ value: 'yes', label: host.t('consentLivedYes'), lang: host.langOf('consentLivedYes') }];
  return html`<cp-checkbox-group name="lived" .label=${host.t('consentLived')} .hint=${host.t('consentLivedHint')} .options=${options} .value=${lived ?? []}></cp-checkbox-group>`;
}

/** Its line on "Check your answers" and the copy, when it was offered: [what, answer, step, field]. */
export function livedRows(
  host: Host,
  def: ConsentDefinition,
  a: ConsentAnswers,
): [string, string, 'credit', 'lived'][] {
  if (!def.askCredit || !asksLived(def) || !offersLived(a.credit)) return [];
  return [
    [
      host.t('consentLived'),
      host.t(a.lived?.includes('yes') ? 'consentLivedYes' : 'consentLivedNo'),
      'credit',
      'lived',
    ],
  ];
}

/** A credit in words with the choice added when it was made: "A made-up name: Sunny, with lived experience". */
export const withLived = (host: Host, words: string, c: ConsentCredit): string =>
  c.livedExperience ? host.t('consentCreditLived', { credit: words }) : words;
