// Records seeded straight into storage, in the shapes the workflow writes them (mandate-store.ts,
// payment-request-store.ts), so deadline tests can set exact instants without running the
// commands that would lead there.
import { snapshotRates } from '../../../src/framework/rates';
import type { Framework } from '../../../src/framework/framework-config';
import { applyEvent } from '../../../src/machines/apply-event';
import type { MachineEvent, MachineKind } from '../../../src/machines/machine-registry';
import type { PersistedSnapshot } from '../../../src/machines/persisted-snapshot';
import { initialSnapshot } from '../../../src/machines/persisted-snapshot';
import type { StorageAdapter } from '../../../src/ports/storage-adapter';
import type { Delegation } from '../../../src/schemas/delegation';
import type { Mandate } from '../../../src/schemas/mandate';
import { toJson } from '../../../src/workflow/canonical-json';
import { mandateIndex } from '../../../src/workflow/mandates/mandate-store';
import type { PaymentRequestEntity } from '../../../src/workflow/payment-requests/payment-request-store';
import { paymentRequestIndex } from '../../../src/workflow/payment-requests/payment-request-store';

type Step<K extends MachineKind> = MachineEvent<K>;

function run<K extends MachineKind>(kind: K, start: PersistedSnapshot<K>, steps: readonly Step<K>[]): PersistedSnapshot<K> {
  return steps.reduce((s, e) => applyEvent(kind, s, e), start);
}

/** Where a seeded mandate stands. */
export type SeedMandateStage = 'sent_to_partner' | 'accepted' | 'active';

/** Options of {@link seedMandate}. */
export interface SeedMandate {
  readonly id: string;
  readonly partnerId?: string;
  readonly stage: SeedMandateStage;
  readonly startDate: string;
  readonly endDate: string;
  /** When it was sent (and, before, submitted and approved). */
  readonly sentAt: string;
  /** When the offer lapses (sent_to_partner). */
  readonly offerExpiresAt?: string | null;
  /** When the partner accepted (accepted, active). */
  readonly acceptedAt?: string;
  /** When it became active (active). */
  readonly activatedAt?: string;
}

/** Seeds a mandate at a stage of its lifecycle, with its machine snapshot and index (no audit events). */
export async function seedMandate(storage: StorageAdapter, framework: Framework, o: SeedMandate): Promise<Mandate> {
  let s = initialSnapshot('mandate', { startDate: o.startDate, endDate: o.endDate, timeZone: framework.timeZone });
  s = run('mandate', s, [
    { type: 'SUBMIT', now: o.sentAt },
    { type: 'APPROVE', now: o.sentAt },
    { type: 'SEND', now: o.sentAt, offerExpiresAt: o.offerExpiresAt ?? null, compensationMode: 'accept', hasPaymentProfile: true },
  ]);
  if (o.stage !== 'sent_to_partner') {
    s = run('mandate', s, [{ type: 'ACCEPT', now: o.acceptedAt ?? o.sentAt, holdsCurrentAgreement: true, acceptsAgreementNow: false }]);
  }
  if (o.stage === 'active' && s.status !== 'active') s = run('mandate', s, [{ type: 'ACTIVATE', now: o.activatedAt ?? `${o.startDate}T12:00:00.000Z` }]);
  const mandate: Mandate = {
    id: o.id,
    organizationId: framework.organization.id,
    projectId: 'prj_1',
    partnerId: o.partnerId ?? 'ptn_seed',
    initiatorUserId: 'u_lead',
    approverUserId: 'u_approver',
    policyVersionId: framework.policyVersion.id,
    version: 1,
    title: `Comité ${o.id}`,
    activities: [],
    startDate: o.startDate,
    endDate: o.endDate,
    estimatedMinutes: 600,
    budgetCapCents: 50_000,
    budgetScope: 'total',
    currency: 'CAD',
    allowedCategories: ['meeting'],
    rateSnapshot: snapshotRates(framework, { on: '2026-03-02', at: o.sentAt }),
    totals: { approvedCents: 0, pendingCents: 0, paidCents: 0, approvedMinutes: 0, pendingMinutes: 0 },
    status: s.status,
    createdAt: o.sentAt,
  };
  await storage.transaction((tx) =>
    tx.put({ collection: 'mandates', id: o.id, data: toJson({ entity: mandate, machine: s, auditHead: null }), index: mandateIndex(mandate, s), expectedVersion: 0 }),
  );
  return mandate;
}

/** Where a seeded payment request stands. */
export type SeedRequestStage = 'draft' | 'under_review' | 'approved' | 'withdrawn';

/** Options of {@link seedPaymentRequest}. */
export interface SeedPaymentRequest {
  readonly id: string;
  readonly mandateId: string;
  readonly partnerId?: string;
  readonly stage: SeedRequestStage;
  /** When it was submitted and its review started. */
  readonly reviewStartedAt: string;
  /** When it was approved (approved). */
  readonly approvedAt?: string;
  readonly approverUserId?: string;
}

/** Seeds a payment request of one 60-minute meeting at a stage, with its machine snapshot and index (no audit events). */
export async function seedPaymentRequest(storage: StorageAdapter, framework: Framework, o: SeedPaymentRequest): Promise<PaymentRequestEntity> {
  let s = initialSnapshot('payment_request', { lines: [{ lineId: 'ent_1', target: 'entry', minutes: 60, amountCents: null }] });
  if (o.stage !== 'draft') {
    s = run('payment_request', s, [
      { type: 'SUBMIT', now: o.reviewStartedAt },
      { type: 'START_REVIEW', now: o.reviewStartedAt },
    ]);
  }
  if (o.stage === 'approved') s = run('payment_request', s, [{ type: 'APPROVE', now: o.approvedAt ?? o.reviewStartedAt }]);
  if (o.stage === 'withdrawn') s = run('payment_request', s, [{ type: 'WITHDRAW', now: o.reviewStartedAt }]);
  const request: PaymentRequestEntity = {
    id: o.id,
    organizationId: framework.organization.id,
    mandateId: o.mandateId,
    partnerId: o.partnerId ?? 'ptn_seed',
    period: { from: '2026-03-01', to: '2026-03-31' },
    entries: [],
    expenses: [],
    decisions: [],
    status: s.status,
    approverUserId: o.approverUserId ?? 'u_approver',
    createdAt: o.reviewStartedAt,
    createdByUserId: 'user_ptn_seed',
    ...(o.stage === 'draft' ? {} : { submittedAt: o.reviewStartedAt }),
  };
  await storage.transaction((tx) =>
    tx.put({
      collection: 'payment_requests',
      id: o.id,
      data: toJson({ entity: request, machine: s, auditHead: null }),
      index: paymentRequestIndex(request, s, framework),
      expectedVersion: 0,
    }),
  );
  return request;
}

/** Seeds a delegation (approver → delegate) over a date window, indexed as the delegation commands index it. */
export async function seedDelegation(storage: StorageAdapter, d: Omit<Delegation, 'createdAt'>): Promise<void> {
  const entity: Delegation = { ...d, createdAt: '2026-03-01T12:00:00.000Z' };
  await storage.transaction((tx) =>
    tx.put({
      collection: 'delegations',
      id: d.id,
      data: toJson({ entity, machine: null, auditHead: null }),
      index: { assigneeId: d.toUserId, parentId: d.fromUserId, status: 'active', sortKey: entity.createdAt },
      expectedVersion: 0,
    }),
  );
}
