// The public page presenting the framework: rates, what is compensated and reimbursed, how to
// take part, all read from the framework configuration and formatted by core.
import type { Framework, Lang } from '@honoraria/core';
import { formatCents, formatDate, formatDuration } from '@honoraria/core';
import { html } from './html';
import type { Html } from './html';
import { section } from './layout';
import { t } from './messages';
import { table } from './pages-common';

/** The framework page's body. */
export function frameworkPage(framework: Framework, lang: Lang): Html {
  const schedules = framework.rateSchedules.map((s) => html`
<h3>${s.label[lang]} (${formatDate(s.effectiveFrom, lang)})</h3>
${table(lang, s.label[lang], [t(lang, 'rates'), '', ''], s.rules.map((r) => [
    r.label[lang],
    `${formatCents(r.amountCents, s.currency, lang)}${r.unit === 'hour' ? (lang === 'fr' ? ' / h' : ' / h') : ''}`,
    r.rounding === undefined ? '' : `${formatDuration(r.rounding.incrementMinutes, lang)}`,
  ]))}`);
  const compensable = framework.activityCategories.filter((c) => c.compensable).map((c) => html`<li>${c.label[lang]}</li>`);
  const expenses = framework.expensePolicy.allowedTypes.map((type) => html`<li>${type}</li>`);
  return html`
<p>${framework.organization.name[lang]}</p>
${section('rates', t(lang, 'rates'), html`${schedules}`)}
${section('compensated', t(lang, 'compensated'), html`<ul>${compensable}</ul>`)}
${section('reimbursed', t(lang, 'reimbursed'), html`<ul>${expenses}</ul><p>${formatCents(framework.expensePolicy.kmRateCents ?? 0, framework.currency, lang)} / km</p>`)}
${section('how', t(lang, 'how_to_apply'), html`<p>${t(lang, 'how_to_apply_text')}</p>${framework.volunteerProgramme === undefined ? null : html`<p>${t(lang, 'volunteer_text')} <a href="/sign-in">${t(lang, 'nav_sign_in')}</a></p>`}`)}`;
}
