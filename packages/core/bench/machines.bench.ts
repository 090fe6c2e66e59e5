import { bench, describe } from 'vitest';
import { allowedEvents, applyEvent } from '../src/machines/apply-event';
import { initialSnapshot, restoreSnapshot } from '../src/machines/persisted-snapshot';
import type { PersistedSnapshot } from '../src/machines/persisted-snapshot';

const draft = initialSnapshot('mandate', { startDate: '2026-02-01', endDate: '2026-03-31' });
const sent: PersistedSnapshot<'mandate'> = {
  ...draft,
  status: 'sent_to_partner',
  context: { ...draft.context, offerExpiresAt: '2026-03-01T05:00:00.000Z' },
};
const v1Sent = {
  machine: 'mandate',
  version: 1,
  status: 'sent_to_partner',
  context: (({ timeZone: _tz, offerExpiresAt, acceptedWithAgreement, ...rest }) => ({
    ...rest,
    offerDeadline: offerExpiresAt,
    agreementAcceptedWithMandate: acceptedWithAgreement,
  }))(sent.context),
};

const lines = Array.from({ length: 50 }, (_, i) => ({
  lineId: `l${i}`,
  target: i % 5 === 0 ? ('expense' as const) : ('entry' as const),
  minutes: i % 5 === 0 ? null : 60 + i,
  amountCents: i % 5 === 0 ? 1000 + i : null,
}));
const review: PersistedSnapshot<'payment_request'> = { ...initialSnapshot('payment_request', { lines }), status: 'under_review' };
const decisions = lines.slice(0, 10).map((line) =>
  line.target === 'entry'
    ? { lineId: line.lineId, decision: 'adjusted' as const, adjustedMinutes: 30, comment: 'Durée réelle.' }
    : { lineId: line.lineId, decision: 'rejected' as const, comment: 'Sans reçu.' },
);
const application = initialSnapshot('application', { receivedAt: '2026-03-01T15:00:00Z', requiredDocuments: ['resume', 'photo_id'] });

describe('applyEvent', () => {
  bench('mandate SUBMIT (draft → pending_approval)', () => {
    applyEvent('mandate', draft, { type: 'SUBMIT', now: '2026-01-05T15:00:00Z' });
  });

  bench('mandate ACCEPT with activation at once (guards read the time zone)', () => {
    applyEvent('mandate', sent, { type: 'ACCEPT', now: '2026-02-02T15:00:00Z', holdsCurrentAgreement: false, acceptsAgreementNow: true });
  });

  bench('mandate ACCEPT from a version 1 snapshot (migration included)', () => {
    applyEvent('mandate', v1Sent, { type: 'ACCEPT', now: '2026-02-02T15:00:00Z', holdsCurrentAgreement: true, acceptsAgreementNow: false });
  });

  bench('payment request APPROVE, 50 lines, 10 decisions', () => {
    applyEvent('payment_request', review, { type: 'APPROVE', now: '2026-03-02T15:00:00Z', decisions });
  });

  bench('application SCHEDULE_PHONE_INTERVIEW', () => {
    applyEvent('application', application, { type: 'SCHEDULE_PHONE_INTERVIEW', now: '2026-03-02T15:00:00Z', at: '2026-03-10T14:00:00Z' });
  });

  bench('refused event (invalid_transition built and thrown)', () => {
    try {
      applyEvent('mandate', draft, { type: 'APPROVE', now: '2026-01-05T15:00:00Z' });
    } catch {
      // expected
    }
  });
});

describe('reading snapshots', () => {
  bench('restoreSnapshot, current mandate', () => {
    restoreSnapshot('mandate', sent);
  });

  bench('allowedEvents, mandate', () => {
    allowedEvents('mandate', sent);
  });
});
