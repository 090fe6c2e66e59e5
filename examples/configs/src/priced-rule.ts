import { formatCents } from '@honoraria/core';
import type { FrameworkInput } from '@honoraria/core';

/** A rate rule as a framework configuration writes it. */
export type RateRuleInput = NonNullable<NonNullable<FrameworkInput['rateSchedules']>[number]['rules']>[number];

/** Bilingual text. */
type Text = { readonly fr: string; readonly en: string };

const UNIT: Record<RateRuleInput['unit'], Text> = {
  hour: { fr: 'l’heure', en: 'per hour' },
  half_day: { fr: 'la demi-journée', en: 'per half-day' },
  day: { fr: 'par jour', en: 'per day' },
  activity: { fr: 'par activité', en: 'per activity' },
  flat: { fr: 'forfaitaire', en: 'flat' },
};

/**
 * A rate rule whose label is **derived from its amount**: `name` says what the rule is
 * ("Consult"), the amount and unit are appended from `amountCents` (and `halfDayAmountCents`),
 * formatted in each language, so the label can never state another amount than the rule pays.
 * Fork a rule by calling `pricedRule` again with a new amount, never by editing a label.
 *
 * @example pricedRule('CAD', { id: 'consult', name: { fr: 'Consulter', en: 'Consult' }, categories: ['meeting'], unit: 'hour', amountCents: 2500 })
 * // label: { fr: 'Consulter : 25,00 $ l’heure', en: 'Consult: $25.00 per hour' }
 */
export function pricedRule(currency: string, rule: Omit<RateRuleInput, 'label'> & { readonly name: Text; readonly note?: Text }): RateRuleInput {
  const { name, note, ...rest } = rule;
  const text = (lang: 'fr' | 'en'): string => {
    const amount = `${formatCents(rest.amountCents, currency, lang)} ${UNIT[rest.unit][lang]}`;
    const half = rest.halfDayAmountCents === undefined ? '' : `, ${formatCents(rest.halfDayAmountCents, currency, lang)} ${UNIT.half_day[lang]}`;
    const suffix = note === undefined ? '' : ` ${note[lang]}`;
    return `${name[lang]}${lang === 'fr' ? ' : ' : ': '}${amount}${half}${suffix}`;
  };
  return { ...rest, label: { fr: text('fr'), en: text('en') } };
}
