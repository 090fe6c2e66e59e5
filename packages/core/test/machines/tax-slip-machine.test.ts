import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/machines/apply-event';
import { initialSnapshot } from '../../src/machines/persisted-snapshot';
import { expectValidationError, TAX_SLIP_EVENTS_SAMPLE as E } from './fixtures';
import { describeTransitionTable } from './transition-table';

describeTransitionTable('tax_slip', {
  pending: { GENERATE: 'generated', CANCEL: 'cancelled' },
  generated: { GENERATE: 'generated', ISSUE: 'issued', CANCEL: 'cancelled' },
  issued: { AMEND: 'amended', CANCEL: 'cancelled' },
  amended: { AMEND: 'amended', CANCEL: 'cancelled' },
  cancelled: {},
});

describe('tax slip', () => {
  it('is generated, issued, then amended twice, counting the amendments', () => {
    let slip = initialSnapshot('tax_slip', { year: 2026 });
    expect(slip.context.amountCents).toBeNull();
    for (const event of [E.GENERATE, E.ISSUE, E.AMEND, { ...E.AMEND, amountCents: 40_000 }]) slip = applyEvent('tax_slip', slip, event);
    expect(slip.status).toBe('amended');
    expect(slip.context).toMatchObject({ amountCents: 40_000, amendments: 2, issuedAt: E.ISSUE.now, comment: E.AMEND.reason });
  });

  it('refuses an amount that is not whole cents', () => {
    const slip = initialSnapshot('tax_slip', { year: 2026 });
    expectValidationError(() => applyEvent('tax_slip', slip, { ...E.GENERATE, amountCents: 625.5 }));
    expectValidationError(() => applyEvent('tax_slip', slip, { ...E.GENERATE, amountCents: -1 }));
  });
});
