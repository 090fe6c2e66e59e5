import { describe, expect, it } from 'vitest';
import { HonorariaError } from '../../src/errors/honoraria-error';
import { allowedEvents, applyEvent, canApply, isTerminalStatus, refusalFor } from '../../src/machines/apply-event';
import { initialSnapshot } from '../../src/machines/persisted-snapshot';
import type { MachineEvent } from '../../src/machines/machine-registry';
import type { JsonValue } from '../../src/ports/storage-adapter';
import { expectRefusal, expectValidationError, MANDATE_EVENTS_SAMPLE as E, snapshotIn } from './fixtures';

describe('applyEvent', () => {
  it('names the action and the state in both languages when the state does not accept the event', () => {
    const error = expectRefusal(() => applyEvent('mandate', snapshotIn('mandate', 'draft'), E.APPROVE), {
      machine: 'mandate',
      from: 'draft',
      event: 'APPROVE',
    });
    expect(error.messages).toEqual({
      fr: 'Action « Approuver » impossible : le mandat est à l’état « Brouillon ».',
      en: 'Cannot “Approve”: the mandate is “Draft”.',
    });
    expect(error.message).toBe(error.messages.fr);
    expect(error.toJSON().details).toEqual({ machine: 'mandate', from: 'draft', event: 'APPROVE' });
  });

  it('refuses a malformed event with validation_failed and the path of each problem', () => {
    const draft = snapshotIn('mandate', 'draft');
    const error = expectValidationError(() =>
      applyEvent('mandate', draft, { type: 'SUBMIT', now: '2026-01-05 15:00' } as MachineEvent<'mandate'>),
    );
    expect(error.details).toEqual({ machine: 'mandate' });
    expect(error.issues.map((issue) => issue.path)).toEqual([['now']]);
    expect(error.messages.fr).toContain('le mandat');
  });

  it('refuses an event type the machine does not know', () => {
    const draft = snapshotIn('mandate', 'draft');
    expectValidationError(() => applyEvent('mandate', draft, { type: 'PUBLISH', now: E.SUBMIT.now } as unknown as MachineEvent<'mandate'>));
  });

  it('never echoes the values it refuses', () => {
    const secret = '046 454 286';
    const error = expectValidationError(() =>
      applyEvent('payment_request', snapshotIn('payment_request', 'processing'), {
        type: 'MARK_PAID',
        now: secret,
      } as MachineEvent<'payment_request'>),
    );
    expect(JSON.stringify(error.toJSON())).not.toContain(secret);
  });

  it('accepts the JSON loaded from storage as it is, and gives JSON back', () => {
    // A persisted snapshot is a JsonValue: the storage port takes it as record data, typed.
    const data: JsonValue = initialSnapshot('payment_request', { lines: [] });
    expect(applyEvent('payment_request', data, { type: 'EDIT', now: E.SUBMIT.now, lines: [] }).status).toBe('draft');
    const stored: unknown = JSON.parse(JSON.stringify(snapshotIn('mandate', 'draft')));
    expect(applyEvent('mandate', stored, E.SUBMIT).status).toBe('pending_approval');
  });

  it('refuses a snapshot of another machine', () => {
    const error = expectValidationError(() => applyEvent('mandate', snapshotIn('amendment', 'pending_approval'), E.APPROVE));
    expect(error.details).toEqual({ machine: 'mandate', reason: 'wrong_machine' });
  });
});

describe('canApply and refusalFor', () => {
  const sent = snapshotIn('mandate', 'sent_to_partner');
  const withoutAgreement = { ...E.ACCEPT, holdsCurrentAgreement: false };

  it('answer without throwing, guards included', () => {
    expect(canApply('mandate', sent, E.ACCEPT)).toBe(true);
    expect(canApply('mandate', sent, withoutAgreement)).toBe(false);
    expect(canApply('mandate', sent, E.SUBMIT)).toBe(false);
    expect(canApply('mandate', sent, { type: 'ACCEPT' } as MachineEvent<'mandate'>)).toBe(false);
    expect(refusalFor('mandate', sent, E.ACCEPT)).toBeNull();
  });

  it('give the error applyEvent would throw', () => {
    const refusal = refusalFor('mandate', sent, withoutAgreement);
    expect(refusal).toBeInstanceOf(HonorariaError);
    expect(refusal?.details).toEqual({ machine: 'mandate', from: 'sent_to_partner', event: 'ACCEPT', reason: 'agreement_required' });
    expect(refusalFor('mandate', sent, { type: 'ACCEPT' } as MachineEvent<'mandate'>)?.code).toBe('validation_failed');
  });

  it('still refuse an unreadable snapshot loudly', () => {
    expectValidationError(() => canApply('mandate', { machine: 'mandate' }, E.SUBMIT));
  });
});

describe('allowedEvents and isTerminalStatus', () => {
  it('list what a state accepts, guards aside', () => {
    expect(allowedEvents('payment_request', initialSnapshot('payment_request', {}))).toEqual(['EDIT', 'SUBMIT']);
    expect(allowedEvents('tax_slip', snapshotIn('tax_slip', 'generated'))).toEqual(['GENERATE', 'ISSUE', 'CANCEL']);
  });

  it('tell final states apart', () => {
    expect(isTerminalStatus('payment_request', 'paid')).toBe(false);
    expect(isTerminalStatus('payment_request', 'reversed')).toBe(true);
    expect(isTerminalStatus('application', 'active')).toBe(true);
  });
});
