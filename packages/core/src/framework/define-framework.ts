import type { ErrorIssue } from '../errors/honoraria-error';
import { HonorariaError } from '../errors/honoraria-error';
import type { Lang } from '../i18n/lang';
import type { MessageParams } from '../i18n/messages';
import { translate } from '../i18n/messages';
import { frameworkMessages } from '../i18n/messages/framework';
import { safeParseLocalized } from '../i18n/zod-issues';
import { deepFreeze } from './deep-freeze';
import type { Framework, FrameworkInput } from './framework-config';
import { FrameworkConfig } from './framework-config';

type Raw = Readonly<Record<string, unknown>>;
type Path = readonly (string | number)[];
type FrameworkKey = keyof typeof frameworkMessages.fr;

const obj = (v: unknown): Raw => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : {});
const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined);

class Issues {
  readonly list: ErrorIssue[] = [];
  add(path: Path, code: FrameworkKey, params?: MessageParams): void {
    this.list.push({ path: [...path], code, message: translate(frameworkMessages, code, params) });
  }
}

function checkDuplicates(items: readonly unknown[], field: string, base: Path, issues: Issues): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const code = str(obj(item)[field]);
    if (code === undefined) return;
    if (seen.has(code)) issues.add([...base, i, field], 'duplicate_code', { code });
    seen.add(code);
  });
  return seen;
}

function overlaps(aFrom: string, aTo: string | undefined, bFrom: string, bTo: string | undefined): boolean {
  return aFrom <= (bTo ?? '9999-12-31') && bFrom <= (aTo ?? '9999-12-31');
}

/** Cross-checks between sections that no single schema can see. Runs on the raw input, so it reports even when shapes are wrong elsewhere. */
function crossCheck(input: Raw, issues: Issues): void {
  const organization = obj(input.organization);
  const policy = obj(input.policyVersion);
  const orgId = str(organization.id);
  if (orgId !== undefined && str(policy.organizationId) !== undefined && policy.organizationId !== orgId) {
    issues.add(['policyVersion', 'organizationId'], 'policy_org_mismatch', { expected: orgId });
  }

  const languages = arr(input.languages);
  const seenLangs = new Set<unknown>();
  languages.forEach((l, i) => {
    if (seenLangs.has(l)) issues.add(['languages', i], 'duplicate_language');
    seenLangs.add(l);
  });

  const categories = arr(input.activityCategories);
  const categoryCodes = checkDuplicates(categories, 'code', ['activityCategories'], issues);
  const uncompensated = new Set(
    categories.filter((c) => obj(c).compensable === false).map((c) => str(obj(c).code) ?? ''),
  );
  const anyCompensable = categories.some((c) => obj(c).compensable === true);

  const levels = arr(input.engagementLevels);
  const levelCodes = checkDuplicates(levels, 'code', ['engagementLevels'], issues);
  const unpaidLevels = new Set(levels.filter((l) => obj(l).compensated === false).map((l) => str(obj(l).code) ?? ''));

  const currency = str(input.currency);
  const schedules = arr(input.rateSchedules);
  checkDuplicates(schedules, 'id', ['rateSchedules'], issues);
  const ruleIds = new Set<string>();
  schedules.forEach((s, i) => {
    const schedule = obj(s);
    const at: Path = ['rateSchedules', i];
    const actual = str(schedule.currency);
    if (currency !== undefined && actual !== undefined && actual !== currency) {
      issues.add([...at, 'currency'], 'currency_mismatch', { actual, expected: currency });
    }
    const from = str(schedule.effectiveFrom);
    for (let j = 0; j < i; j += 1) {
      const other = obj(schedules[j]);
      const otherFrom = str(other.effectiveFrom);
      if (from !== undefined && otherFrom !== undefined && overlaps(from, str(schedule.effectiveTo), otherFrom, str(other.effectiveTo))) {
        issues.add([...at, 'effectiveFrom'], 'schedules_overlap', { other: str(other.id) ?? String(j) });
      }
    }
    arr(schedule.rules).forEach((r, k) => {
      const rule = obj(r);
      const ruleAt: Path = [...at, 'rules', k];
      const id = str(rule.id);
      if (id !== undefined) ruleIds.add(id);
      const paid = (int(rule.amountCents) ?? 0) > 0 || (int(rule.halfDayAmountCents) ?? 0) > 0;
      arr(rule.categories).forEach((c, m) => {
        const code = str(c);
        if (code === undefined) return;
        if (!categoryCodes.has(code)) issues.add([...ruleAt, 'categories', m], 'unknown_category', { code });
        else if (paid && uncompensated.has(code)) issues.add([...ruleAt, 'categories', m], 'rule_for_uncompensated_category', { code });
      });
      const level = str(rule.engagementLevel);
      if (level !== undefined) {
        if (!levelCodes.has(level)) issues.add([...ruleAt, 'engagementLevel'], 'unknown_engagement_level', { code: level });
        else if (paid && unpaidLevels.has(level)) issues.add([...ruleAt, 'amountCents'], 'uncompensated_level_paid', { code: level });
      }
    });
  });
  levels.forEach((l, i) => {
    const ruleId = str(obj(l).defaultRuleId);
    if (ruleId !== undefined && !ruleIds.has(ruleId)) issues.add(['engagementLevels', i, 'defaultRuleId'], 'unknown_rule', { code: ruleId });
  });
  if (anyCompensable && schedules.length === 0) issues.add(['rateSchedules'], 'compensable_without_schedule');
  if (anyCompensable && arr(input.paymentMethods).length === 0) issues.add(['paymentMethods'], 'no_payment_method');
  const excluded = arr(obj(policy.scope).excluded);
  if (excluded.includes('compensation') && schedules.length > 0) {
    issues.add(['policyVersion', 'scope', 'excluded'], 'compensation_out_of_scope');
  }
  checkDuplicates(arr(input.paymentMethods).map((m) => ({ code: m })), 'code', ['paymentMethods'], issues);

  const expenses = obj(input.expensePolicy);
  const allowed = arr(expenses.allowedTypes);
  if (allowed.includes('mileage') && expenses.kmRateCents === undefined) issues.add(['expensePolicy', 'kmRateCents'], 'mileage_rate_missing');
  const allowances = arr(expenses.allowances);
  if (allowed.includes('allowance') && allowances.length === 0) issues.add(['expensePolicy', 'allowances'], 'allowances_missing');
  checkDuplicates(allowances, 'code', ['expensePolicy', 'allowances'], issues);

  const rules = arr(obj(input.tax).rules);
  checkDuplicates(rules, 'id', ['tax', 'rules'], issues);
  rules.forEach((r, i) => {
    const rule = obj(r);
    const from = int(rule.effectiveFromYear);
    if (from === undefined) return;
    for (let j = 0; j < i; j += 1) {
      const other = obj(rules[j]);
      const otherFrom = int(other.effectiveFromYear);
      if (otherFrom === undefined || other.kind !== rule.kind || other.jurisdiction !== rule.jurisdiction) continue;
      const a = String(from).padStart(4, '0');
      const b = String(otherFrom).padStart(4, '0');
      const aTo = int(rule.effectiveToYear);
      const bTo = int(other.effectiveToYear);
      if (overlaps(a, aTo === undefined ? undefined : String(aTo), b, bTo === undefined ? undefined : String(bTo))) {
        issues.add(['tax', 'rules', i, 'effectiveFromYear'], 'tax_rules_overlap', { other: str(other.id) ?? String(j) });
      }
    }
  });

  const agreement = input.masterAgreement === undefined ? undefined : obj(input.masterAgreement);
  if (agreement !== undefined) {
    const policyId = str(policy.id);
    if (policyId !== undefined && str(agreement.policyVersionId) !== undefined && agreement.policyVersionId !== policyId) {
      issues.add(['masterAgreement', 'policyVersionId'], 'agreement_policy_mismatch', { expected: policyId });
    }
    if (orgId !== undefined && str(agreement.organizationId) !== undefined && agreement.organizationId !== orgId) {
      issues.add(['masterAgreement', 'organizationId'], 'agreement_org_mismatch', { expected: orgId });
    }
    checkDuplicates(arr(agreement.clauses), 'id', ['masterAgreement', 'clauses'], issues);
  }
  checkDuplicates(arr(input.mandateClauses), 'id', ['mandateClauses'], issues);

  const approval = obj(input.approvalPolicy);
  const escalation = obj(approval.escalation);
  const reminder = int(approval.reminderAfterDays) ?? 5;
  const escalateAfter = int(escalation.afterDays);
  if (escalateAfter !== undefined && escalateAfter <= reminder) {
    issues.add(['approvalPolicy', 'escalation', 'afterDays'], 'escalation_before_reminder', { days: reminder });
  }

  if (input.volunteerProgramme !== undefined) {
    const programme = obj(input.volunteerProgramme);
    const criteria = arr(programme.criteria);
    checkDuplicates(criteria, 'code', ['volunteerProgramme', 'criteria'], issues);
    const docCodes = checkDuplicates(arr(programme.requiredDocuments), 'code', ['volunteerProgramme', 'requiredDocuments'], issues);
    criteria.forEach((c, i) => {
      arr(obj(c).documents).forEach((d, j) => {
        const code = str(obj(d).code);
        if (code !== undefined && !docCodes.has(code)) {
          issues.add(['volunteerProgramme', 'criteria', i, 'documents', j, 'code'], 'unknown_document', { code });
        }
      });
    });
  }
}

/**
 * Validates an institution's framework and returns it with its defaults applied, deeply frozen.
 * Invalid configuration throws one `HonorariaError('invalid_framework')` whose `issues` list every
 * problem found, each by path, in French and English: shapes and values (zod) and the
 * consistency between sections (categories named by rules exist, schedules do not overlap, the
 * currency is the same everywhere, slip rules do not overlap…).
 *
 * @example
 * ```ts
 * const framework = defineFramework({
 *   organization: { id: 'org', name: { fr: 'Unité', en: 'Unit' }, type: 'research_unit' },
 *   policyVersion: { id: 'p1', organizationId: 'org', title: { fr: 'Cadre', en: 'Framework' },
 *     version: '1.0', effectiveFrom: '2026-03-01', scope: { included: ['compensation'] } },
 *   currency: 'CAD',
 *   activityCategories: [{ code: 'meeting', label: { fr: 'Réunion', en: 'Meeting' }, compensable: true }],
 *   rateSchedules: [...], paymentMethods: ['direct_deposit'],
 * });
 * ```
 */
export function defineFramework(config: FrameworkInput): Framework {
  const issues = new Issues();
  const parsed = safeParseLocalized(FrameworkConfig, config);
  crossCheck(obj(config), issues);
  const all = parsed.success ? issues.list : [...parsed.issues, ...issues.list];
  if (!parsed.success || all.length > 0) {
    throw new HonorariaError('invalid_framework', { issues: all });
  }
  const data = parsed.data;
  const defaultLang: Lang = data.languages[0] ?? 'fr';
  return deepFreeze({ ...data, timeZone: data.organization.timeZone, defaultLang });
}
