import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOverdue } from '../../src/machines/deadlines';
import { initialSnapshot } from '../../src/machines/persisted-snapshot';
import { addDays, fromDayNumber } from '../../src/time/calendar-date';
import { dueOnOf, isPastDue, withinDays, withinDaysOfInstant } from '../../src/time/deadline';
import { dateOf, startOfDayMs } from '../../src/time/time-zone';

describe('“within N days of D”: due on D+N, overdue from D+N+1, in the organization’s time zone', () => {
  it('30 days from 2 March: due on 1 April, overdue from 2 April 00:00 in Toronto (EDT)', () => {
    expect(withinDays('2026-03-02', 30, 'America/Toronto')).toEqual({ dueOn: '2026-04-01', overdueAt: '2026-04-02T04:00:00.000Z' });
    expect(isPastDue('2026-04-01', '2026-04-01')).toBe(false);
    expect(isPastDue('2026-04-01', '2026-04-02')).toBe(true);
  });

  it('counts from the instant’s date in the time zone, not in UTC', () => {
    // 2 March 03:00 UTC is still 1 March (22:00 EST) in Toronto.
    expect(withinDaysOfInstant('2026-03-02T03:00:00Z', 5, 'America/Toronto')).toEqual({ dueOn: '2026-03-06', overdueAt: '2026-03-07T05:00:00.000Z' });
    expect(withinDaysOfInstant('2026-03-02T03:00:00Z', 5, 'Europe/Paris').dueOn).toBe('2026-03-07');
  });

  it('gives back the due day from the overdue instant', () => {
    expect(dueOnOf('2026-04-02T04:00:00.000Z', 'America/Toronto')).toBe('2026-04-01');
  });

  it('the machines agree with the calendar rule for any receipt instant, delay and time zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20_000, max: 22_000 }),
        fc.integer({ min: 0, max: 86_399 }),
        fc.integer({ min: 1, max: 90 }),
        fc.constantFrom('America/Toronto', 'America/Vancouver', 'Europe/Paris', 'UTC'),
        fc.integer({ min: -2, max: 2 }),
        (day, second, days, timeZone, offset) => {
          const receivedAt = new Date(Date.parse(`${fromDayNumber(day)}T00:00:00Z`) + second * 1000).toISOString();
          const { dueOn } = withinDaysOfInstant(receivedAt, days, timeZone);
          expect(dueOn).toBe(addDays(dateOf(receivedAt, timeZone), days));
          const snapshot = initialSnapshot('application', { receivedAt, phoneInterviewDueDays: days, requiredDocuments: [], timeZone });
          // Any instant of the organization's day `asOf`: the machine's overdue flag is the calendar rule's.
          const asOf = addDays(dueOn, offset);
          const first = new Date(startOfDayMs(asOf, timeZone)).toISOString();
          const last = new Date(startOfDayMs(addDays(asOf, 1), timeZone) - 1).toISOString();
          expect(isOverdue('application', snapshot, first)).toBe(isPastDue(dueOn, asOf));
          expect(isOverdue('application', snapshot, last)).toBe(isPastDue(dueOn, asOf));
        },
      ),
      { numRuns: 300 },
    );
  });
});
