import { describe, expect, it } from 'vitest';
import { mandateRateRules } from '../../src/framework/mandate-rate-rules';
import type { RateRule } from '../../src/schemas/rate-rule';

const rule = (id: string, categories: string[], engagementLevel?: string): RateRule =>
  ({ id, label: { fr: id, en: id }, categories, basis: 'hourly', amountCents: 3000, increment: 15, rounding: 'up', ...(engagementLevel === undefined ? {} : { engagementLevel }) }) as unknown as RateRule;

describe('mandateRateRules', () => {
  const general = rule('general', ['meeting', 'preparation', 'travel']);
  const collaborate = rule('collaborate', ['meeting'], 'collaborate');
  const other = rule('other', ['workshop']);
  const rules = [general, collaborate, other];

  it('gives, for a mandate’s allowed categories, the rule that prices each, a level’s own rule first', () => {
    // Worked example: a "collaborate" mandate allowed meetings and preparation. Meetings are priced by
    // the collaborate rule (it names the level), preparation by the general rule; the workshop rule
    // prices nothing the mandate allows and is left out.
    expect(mandateRateRules(rules, ['meeting', 'preparation'], 'collaborate')).toEqual([
      { rule: general, categories: ['preparation'] },
      { rule: collaborate, categories: ['meeting'] },
    ]);
  });

  it('uses the general rules at another level or without one, and skips categories nothing prices', () => {
    expect(mandateRateRules(rules, ['meeting', 'preparation', 'unknown'], 'consult')).toEqual([{ rule: general, categories: ['meeting', 'preparation'] }]);
    expect(mandateRateRules(rules, ['workshop'])).toEqual([{ rule: other, categories: ['workshop'] }]);
    expect(mandateRateRules(rules, [])).toEqual([]);
  });
});
