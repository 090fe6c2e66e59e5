import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/machines/apply-event';
import { initialSnapshot, restoreSnapshot } from '../../src/machines/persisted-snapshot';
import { MACHINE_KINDS, MACHINE_STATES, MACHINE_VERSIONS } from '../../src/machines/machine-registry';
import type { MandateContextV1 } from '../../src/machines/mandate-migrations';
import { instant } from './arbitraries';
import { expectValidationError, MANDATE_CONTEXT, snapshotIn } from './fixtures';

const v1Context: MandateContextV1 = {
  startDate: '2025-09-01',
  endDate: '2025-12-31',
  offerDeadline: '2025-08-20T04:00:00.000Z',
  submittedAt: '2025-08-01T14:00:00.000Z',
  approvedAt: '2025-08-02T14:00:00.000Z',
  sentAt: '2025-08-05T14:00:00.000Z',
  acceptedAt: null,
  activatedAt: null,
  closedAt: null,
  agreementAcceptedWithMandate: false,
  appliedAmendmentIds: [],
  comment: null,
};
const v1 = { machine: 'mandate', version: 1, status: 'sent_to_partner', context: v1Context };

describe('initialSnapshot', () => {
  it('starts every machine in its first state, at the current version', () => {
    expect(initialSnapshot('mandate', { startDate: '2026-02-01', endDate: '2026-02-01' }).status).toBe('draft');
    expect(initialSnapshot('amendment', { mandateId: 'm', requestedAt: '2026-02-01T00:00:00Z' }).status).toBe('pending_approval');
    expect(initialSnapshot('agreement', { policyVersion: 'p1', sentAt: '2026-02-01T00:00:00Z' }).status).toBe('sent');
    expect(initialSnapshot('payment_request', {}).status).toBe('draft');
    expect(initialSnapshot('application', { receivedAt: '2026-02-01T00:00:00Z' }).status).toBe('submitted');
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

describe('restoreSnapshot: migration of a version 1 mandate', () => {
  it('renames the offer deadline and the first-mandate flag, and adds the default time zone', () => {
    const restored = restoreSnapshot('mandate', v1);
    expect(restored.version).toBe(2);
    expect(restored.status).toBe('sent_to_partner');
    expect(restored.context).toEqual({
      ...v1Context,
      offerDeadline: undefined,
      agreementAcceptedWithMandate: undefined,
      offerExpiresAt: '2025-08-20T04:00:00.000Z',
      acceptedWithAgreement: false,
      timeZone: 'America/Toronto',
    });
    expect(Object.keys(restored.context)).not.toContain('offerDeadline');
  });

  it('lets a version 1 snapshot take an event directly, using the migrated fields', () => {
    const expired = applyEvent('mandate', v1, { type: 'EXPIRE_OFFER', now: '2025-08-20T04:00:00Z' });
    expect(expired).toMatchObject({ version: 2, status: 'offer_expired' });
    expect(() => applyEvent('mandate', v1, { type: 'EXPIRE_OFFER', now: '2025-08-20T03:59:59Z' })).toThrow(/encore valide/);
  });

  it('carries the first-mandate flag over', () => {
    const accepted = { ...v1, status: 'active', context: { ...v1Context, agreementAcceptedWithMandate: true } };
    expect(restoreSnapshot('mandate', accepted).context.acceptedWithAgreement).toBe(true);
  });

  it('never modifies the stored snapshot', () => {
    const stored = structuredClone(v1);
    restoreSnapshot('mandate', stored);
    applyEvent('mandate', stored, { type: 'DECLINE', now: '2025-08-10T00:00:00Z' });
    expect(stored).toEqual(v1);
  });

  it('refuses a version 1 context that is not one, with the path of the problem', () => {
    const error = expectValidationError(() => restoreSnapshot('mandate', { ...v1, context: { ...v1Context, offerDeadline: 'soon' } }));
    expect(error.details).toEqual({ machine: 'mandate', reason: 'invalid_context' });
    expect(error.issues.map((issue) => issue.path)).toEqual([['context', 'offerDeadline']]);
  });

  it('refuses a current-version snapshot that still has the version 1 shape', () => {
    const error = expectValidationError(() => restoreSnapshot('mandate', { ...v1, version: 2 }));
    expect(error.details.reason).toBe('invalid_context');
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
    ['a newer version', { ...current, version: 3 }, 'newer_version'],
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

describe('restoreSnapshot: version 1 mandates, any shape', () => {
  const maybeInstant = fc.option(instant, { nil: null });
  const v1Contexts = fc.record({
    startDate: fc.constantFrom('2025-09-01', '2026-01-15'),
    endDate: fc.constantFrom('2026-01-15', '2026-12-31'),
    offerDeadline: maybeInstant,
    submittedAt: maybeInstant,
    approvedAt: maybeInstant,
    sentAt: maybeInstant,
    acceptedAt: maybeInstant,
    activatedAt: maybeInstant,
    closedAt: maybeInstant,
    agreementAcceptedWithMandate: fc.boolean(),
    appliedAmendmentIds: fc.uniqueArray(fc.constantFrom('a1', 'a2', 'a3')),
    comment: fc.option(fc.constantFrom('Motif.', 'Commentaire.'), { nil: null }),
  }, { noNullPrototype: true });

  it('migrate to version 2 losslessly: back to version 1, the snapshot is the same', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MACHINE_STATES.mandate), v1Contexts, (status, context) => {
        const stored = { machine: 'mandate', version: 1, status, context };
        const copy = structuredClone(stored);
        const migrated = restoreSnapshot('mandate', stored);
        expect(stored).toStrictEqual(copy);
        expect(migrated.version).toBe(2);
        expect(migrated.status).toBe(status);
        const { timeZone, offerExpiresAt, acceptedWithAgreement, ...rest } = migrated.context;
        expect(timeZone).toBe('America/Toronto');
        expect({ ...rest, offerDeadline: offerExpiresAt, agreementAcceptedWithMandate: acceptedWithAgreement }).toStrictEqual(context);
        // The migrated snapshot is a valid current one: it survives JSON and a second restore.
        expect(restoreSnapshot('mandate', JSON.parse(JSON.stringify(migrated)))).toStrictEqual(migrated);
      }),
    );
  });
});
