// How the documents word the codes of the entities: activity categories, engagement levels, rate
// rules, states, partner roles, and the closing signature.

import type { ActivityCategory, Framework, LocalizedText, Partner, RateRule } from '@honoraria/core';
import type { MachineKind } from '@honoraria/core/machines';
import { MACHINE_LABELS } from '@honoraria/core/machines';
import type { Block } from '../layout/blocks';
import type { DocumentOptions } from './document-options';
import type { Words } from './words';

/** The label of an activity category (from a rate snapshot first, then the framework), or its code. */
export function categoryLabel(code: string, words: Words, ...sources: readonly (readonly ActivityCategory[] | undefined)[]): string {
  for (const categories of sources) {
    const found = categories?.find((c) => c.code === code);
    if (found !== undefined) return words.text(found.label);
  }
  return code;
}

/** The label of an engagement level, or its code. */
export function engagementLabel(code: string, words: Words, framework: Framework): string {
  const level = framework.engagementLevels.find((l) => l.code === code);
  return level === undefined ? code : words.text(level.label);
}

/** A state of a lifecycle in a language, or its code. */
export function stateLabel(machine: MachineKind, state: string, words: Words): string {
  const states = MACHINE_LABELS[machine].states as Readonly<Record<string, LocalizedText | undefined>>;
  return states[state]?.[words.lang] ?? state;
}

/** A rate rule's amount and unit: `40,00 $ l’heure`, `$150.00 per day`. */
export function rateText(rule: Pick<RateRule, 'unit' | 'amountCents'>, currency: string, words: Words): string {
  return words.t(`rateUnit.${rule.unit}`, { amount: words.money(rule.amountCents, currency) });
}

/** How a rule computes: rounding, minimum, caps, preparation time, half-days. */
export function ruleDetails(rule: RateRule, currency: string, words: Words): string {
  const parts: string[] = [];
  if (rule.unit === 'hour') {
    const { incrementMinutes, mode } = rule.rounding;
    parts.push(incrementMinutes === 1 ? words.t('rounding.minute') : words.t(`rounding.${mode}`, { increment: incrementMinutes }));
    if (rule.minimumMinutes !== undefined) parts.push(words.t('rule.minimum', { duration: words.duration(rule.minimumMinutes) }));
    if (rule.maxMinutesPerDay !== undefined) parts.push(words.t('rule.maxPerDay', { duration: words.duration(rule.maxMinutesPerDay) }));
    if (rule.preparationPercent !== undefined) parts.push(words.t('rule.preparation', { percent: rule.preparationPercent }));
  }
  if (rule.unit === 'half_day') parts.push(words.t('rule.halfDay', { duration: words.duration(rule.halfDayMinutes) }));
  if (rule.unit === 'day' && rule.halfDayAmountCents !== undefined) {
    parts.push(words.t('rule.halfDayAmount', { duration: words.duration(rule.halfDayMinutes), amount: words.money(rule.halfDayAmountCents, currency) }));
  }
  if (rule.maxUnitsPerDay !== undefined) parts.push(words.t('rule.maxUnitsPerDay', { count: rule.maxUnitsPerDay }));
  return parts.join('; ');
}

/** The roles a partner takes part as, as a field value (`patient, proche aidant`), or `undefined` when none. */
export function rolesField(partner: Pick<Partner, 'roles'>, words: Words): string | undefined {
  return partner.roles.length === 0 ? undefined : words.list(partner.roles.map((role) => words.t(`partnerRole.${role}`)));
}

/** The roles as nouns in a sentence (`patient partenaire et proche aidant partenaire`; `partenaire` when none). */
export function rolesNoun(partner: Pick<Partner, 'roles'>, words: Words): string {
  return partner.roles.length === 0 ? words.t('partnerRoleNoun.any') : words.list(partner.roles.map((role) => words.t(`partnerRoleNoun.${role}`)));
}

/** The institution's name in a language: the branding's, or the framework organization's. */
export function institutionName(framework: Framework, options: DocumentOptions, words: Words): string {
  return words.text(options.branding?.institution ?? framework.organization.name);
}

/** The closing signature of a letter: the signatory's name and title, for the institution. */
export function signatureBlocks(framework: Framework, options: DocumentOptions, words: Words): Block[] {
  const signatory = options.branding?.signatory;
  const institution = institutionName(framework, options, words);
  const lines: string[] = [];
  if (signatory !== undefined) {
    lines.push(signatory.name);
    if (signatory.title !== undefined) lines.push(words.text(signatory.title));
  }
  lines.push(institution);
  const [first, ...rest] = lines;
  return [
    { type: 'spacer', height: 12 },
    { type: 'paragraph', text: [{ text: first!, bold: true }, ...rest.map((line) => ({ text: `\n${line}` }))] },
  ];
}

/** A field only when it has a value. */
export function optionalField(label: string, value: string | undefined | null): readonly { label: string; value: string }[] {
  return value === undefined || value === null || value === '' ? [] : [{ label, value }];
}
