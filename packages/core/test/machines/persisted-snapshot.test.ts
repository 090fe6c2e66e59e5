import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/machines/apply-event';
import { initialSnapshot, restoreSnapshot } from '../../src/machines/persisted-snapshot';
import { MACHINE_KINDS, MACHINE_STATES, MACHINE_VERSIONS } from '../../src/machines/machine-registry';
import { expectValidationError, MANDATE_CONTEXT, snapshotIn } from './fixtures';

describe('initialSnapshot', () => {
  it('starts every machine in its first state, at the current version', () => {
    expect(initialSnapshot('mandate', { startDate: '2026-02-01', endDate: '2026-02-01' }).status).toBe('draft');
    expect(initialSnapshot('amendment', { mandateId: 'm', requestedAt: '2026-02-01T00:00:00Z' }).status).toBe('pending_approval');
    expect(initialSnapshot('agreement', { policyVersion: 'p1', sentAt: '2026-02-01T00:00:00Z' }).status).toBe('sent');
    expect(initialSnapshot('payment_request', {}).status).toBe('draft');
    expect(initialSnapshot('application', { receivedAt: '2026-02-01T00:00:00Z', requiredDocuments: [] }).status).toBe('submitted');
    expect(initialSnapshot('tax_slip', { year: 2026 }).version).toBe(MACHINE_VERSIONS.tax_slip);
  });

  it('refuses an input with its problems, in both languages', () => {
    const error = expectValidationError(() => initialSnapshot('mandate', { startDate: '2026-03-01', endDate: '2026-02-01' }));
    expect(error.issues).toEqual([
      {
        path: ['endDate'],
        code: 'end_before_start',
        message: { fr: 'La date de fin précède la date de début.', en: 'The end date is before the start date.' },
      },
    ]);
    expectValidationError(() => initialSnapshot('mandate', { startDate: '2026-02-01', endDate: '2026-02-30' }));
    expectValidationError(() => initialSnapshot('mandate', { startDate: '2026-02-01', endDate: '2026-03-01', timeZone: 'Mars/Olympus' }));
  });
});

describe('restoreSnapshot: what it keeps', () => {
  it('never modifies the stored snapshot', () => {
    const stored = snapshotIn('mandate', 'sent_to_partner');
    const copy = structuredClone(stored);
    restoreSnapshot('mandate', stored);
    applyEvent('mandate', stored, { type: 'DECLINE', now: '2026-02-10T00:00:00Z' });
    expect(stored).toEqual(copy);
  });

  it('refuses a current-version snapshot whose context has another shape (fields renamed), with the path of the problem', () => {
    const { offerExpiresAt, ...rest } = snapshotIn('mandate', 'sent_to_partner').context;
    const error = expectValidationError(() => restoreSnapshot('mandate', { ...snapshotIn('mandate', 'sent_to_partner'), context: { ...rest, offerDeadline: offerExpiresAt } }));
    expect(error.details).toEqual({ machine: 'mandate', reason: 'invalid_context' });
  });
});

describe('restoreSnapshot: what it refuses', () => {
  const current = snapshotIn('mandate', 'draft');
  const cases: [string, unknown, string][] = [
    ['null', null, 'not_a_snapshot'],
    ['an array', [current], 'not_a_snapshot'],
    ['no version', { ...current, version: undefined }, 'not_a_snapshot'],
    ['a fractional version', { ...current, version: 1.5 }, 'not_a_snapshot'],
    ['another machine', { ...current, machine: 'payment_request' }, 'wrong_machine'],
    ['a newer version', { ...current, version: 2 }, 'newer_version'],
    ['a version before the first', { ...current, version: 0 }, 'unknown_version'],
    ['an unknown state', { ...current, status: 'archived' }, 'unknown_status'],
    ['a context of the wrong shape', { ...current, context: { ...MANDATE_CONTEXT, timeZone: 42 } }, 'invalid_context'],
  ];
  for (const [what, stored, reason] of cases) {
    it(`refuses ${what} (${reason})`, () => {
      const error = expectValidationError(() => restoreSnapshot('mandate', stored));
      expect(error.details).toEqual({ machine: 'mandate', reason });
      expect(error.messages.fr).toContain('le mandat');
      expect(error.messages.en).toContain('the mandate');
    });
  }

  it('returns a current snapshot of every machine unchanged in value', () => {
    for (const kind of MACHINE_KINDS) {
      for (const status of MACHINE_STATES[kind]) {
        const snapshot = snapshotIn(kind, status);
        expect(restoreSnapshot(kind, JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
      }
    }
  });
});
