// Fixtures of the payment-request, payout and tax tests: partners and active mandates seeded
// straight into storage in the shapes the workflow writes them (partner-store.ts, mandate-store.ts),
// a service whose framework can be varied, and helpers that drive a request to a given state.
import { defineFramework } from '../../../src/framework/define-framework';
import type { Framework, FrameworkInput } from '../../../src/framework/framework-config';
import { snapshotRates } from '../../../src/framework/rates';
import { applyEvent } from '../../../src/machines/apply-event';
import { initialSnapshot } from '../../../src/machines/persisted-snapshot';
import { fixedClock } from '../../../src/ports/clock';
import { sequentialIds } from '../../../src/ports/id-generator';
import type { JsonValue, RecordIndex, StorageAdapter } from '../../../src/ports/storage-adapter';
import { staticDirectory } from '../../../src/ports/user-directory';
import type { Delegation } from '../../../src/schemas/delegation';
import type { Expense } from '../../../src/schemas/expense';
import type { Mandate } from '../../../src/schemas/mandate';
import type { Partner } from '../../../src/schemas/partner';
import type { PaymentProfile } from '../../../src/schemas/payment-profile';
import type { TaxProfile } from '../../../src/schemas/tax-profile';
import type { TimeEntry } from '../../../src/schemas/time-entry';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import type { Actor } from '../../../src/workflow/actor';
import { toJson } from '../../../src/workflow/canonical-json';
import { createHonoraria } from '../../../src/workflow/create-honoraria';
import { mandateIndex } from '../../../src/workflow/mandates/mandate-store';
import { partnerIndex, profileIndex } from '../../../src/workflow/partners/partner-store';
import type { TestWorld } from '../fixtures';
import { actors, frameworkInput, recordingNotifier, staff, textRenderer } from '../fixtures';

/** The partner of most tests (French), another partner (English), and a third one. */
export const ZOE = 'ptn_zoe';
export const OMAR = 'ptn_omar';
export const LIN = 'ptn_lin';

/** A valid SIN (check digit per the Luhn algorithm) and bank details, for redaction tests. */
export const SIN = '046454286';
export const BANK = { institution: '001', transit: '12345', account: '1234567' } as const;

/** A staff member who is also the payee (`ptn_zoe`), holding the approver role. */
export const payeeApprover: Actor = { id: 'u_zoe_staff', roles: ['approver', 'project_lead', 'admin'], partnerId: ZOE };

/** A service over a framework (the shared test framework by default, with overrides merged in). */
export function createPaymentWorld(options: { readonly start?: string; readonly framework?: Partial<FrameworkInput>; readonly storage?: StorageAdapter } = {}): TestWorld & {
  readonly framework: Framework;
} {
  const framework = defineFramework({ ...frameworkInput, ...options.framework });
  const storage = options.storage ?? createMemoryStorage();
  const clock = fixedClock(options.start ?? '2026-04-01T14:00:00Z');
  const notifier = recordingNotifier();
  const service = createHonoraria({
    framework,
    storage,
    clock,
    ids: sequentialIds(),
    notifier,
    autoDispatch: 'inline', // tests read what was sent right after each command
    documents: textRenderer,
    directory: staticDirectory(staff),
    portalUrl: 'https://portail.example.org',
  });
  return { service, storage, clock, notifier, framework };
}

async function put(storage: StorageAdapter, collection: string, id: string, data: unknown, index: RecordIndex): Promise<void> {
  await storage.transaction((tx) => tx.put({ collection, id, data: toJson(data) as JsonValue, index, expectedVersion: 0 }));
}

/** Options of {@link seedPartner}. */
export interface SeedPartner {
  readonly id: string;
  readonly name?: string;
  readonly legalName?: string;
  readonly lang?: 'fr' | 'en';
  readonly compensationPreference?: Partner['compensationPreference'];
  /** The SIN on file (`null`: none, SIN never requested). */
  readonly sin?: string | null;
  readonly province?: string;
  /** The payment profile (`null`: none). */
  readonly payment?: Pick<PaymentProfile, 'method' | 'bank'> | null;
}

/** Seeds a partner with their tax and payment profiles, as `registerPartner` stores them. */
export async function seedPartner(world: TestWorld, o: SeedPartner): Promise<Partner> {
  const at = '2026-01-15T15:00:00.000Z';
  const partner: Partner = {
    id: o.id,
    organizationId: 'org',
    name: o.name ?? `Partenaire ${o.id}`,
    ...(o.legalName === undefined ? {} : { legalName: o.legalName }),
    lang: o.lang ?? 'fr',
    email: `${o.id}@example.org`,
    roles: ['patient'],
    status: 'active',
    ...(o.compensationPreference === undefined ? {} : { compensationPreference: o.compensationPreference }),
    createdAt: at,
  };
  await put(world.storage, 'partners', o.id, { entity: partner, machine: null, auditHead: null }, partnerIndex(partner));
  const sin = o.sin === undefined ? SIN : o.sin;
  const tax: TaxProfile = {
    partnerId: o.id,
    sinStatus: sin === null ? 'not_requested' : 'provided',
    ...(sin === null ? {} : { sin }),
    sinRequests: [],
    province: o.province ?? 'QC',
    residency: 'resident',
    updatedAt: at,
  };
  await put(world.storage, 'tax_profiles', o.id, { entity: tax, machine: null, auditHead: null }, profileIndex(tax));
  const payment = o.payment === undefined ? { method: 'direct_deposit' as const, bank: { ...BANK } } : o.payment;
  if (payment !== null) {
    // As registered by the secretariat: verified.
    const profile: PaymentProfile = { partnerId: o.id, ...payment, updatedAt: at, verifiedAt: at, verifiedByUserId: 'u_secretariat' };
    await put(world.storage, 'payment_profiles', o.id, { entity: profile, machine: null, auditHead: null }, profileIndex(profile));
  }
  return partner;
}

/** Seeds an active mandate (its machine driven from draft to active), as the mandate commands store it. `involve` rates ($40/h, 15-minute rounding up). */
export async function seedActiveMandate(world: TestWorld & { readonly framework: Framework }, overrides: Partial<Mandate> & { readonly id: string }): Promise<Mandate> {
  const at = '2026-03-01T14:00:00.000Z';
  const startDate = overrides.startDate ?? '2026-03-01';
  const endDate = overrides.endDate ?? '2026-12-31';
  let machine = initialSnapshot('mandate', { startDate, endDate, timeZone: world.framework.timeZone });
  for (const event of [
    { type: 'SUBMIT', now: at },
    { type: 'APPROVE', now: at },
    { type: 'SEND', now: at, offerExpiresAt: null, compensationMode: 'accept', hasPaymentProfile: true },
    { type: 'ACCEPT', now: at, holdsCurrentAgreement: true, acceptsAgreementNow: false },
  ] as const) {
    machine = applyEvent('mandate', machine, event);
  }
  if (machine.status !== 'active') machine = applyEvent('mandate', machine, { type: 'ACTIVATE', now: at });
  const mandate: Mandate = {
    organizationId: 'org',
    projectId: 'prj_1',
    partnerId: ZOE,
    initiatorUserId: actors.lead.id,
    approverUserId: actors.approver.id,
    policyVersionId: 'policy-2026',
    version: 1,
    title: 'Comité des usagers',
    activities: [],
    startDate,
    endDate,
    estimatedMinutes: 1200,
    budgetCapCents: 50_000,
    budgetScope: 'total',
    currency: 'CAD',
    engagementLevel: 'involve',
    allowedCategories: ['meeting', 'preparation', 'document_review', 'travel_time'],
    rateSnapshot: snapshotRates(world.framework, { on: '2026-03-01', at, engagementLevel: overrides.engagementLevel ?? 'involve' }),
    totals: { approvedCents: 0, pendingCents: 0, paidCents: 0, approvedMinutes: 0, pendingMinutes: 0 },
    createdAt: at,
    ...overrides,
    status: overrides.status ?? machine.status,
  };
  await put(world.storage, 'mandates', mandate.id, { entity: mandate, machine, auditHead: null }, mandateIndex(mandate, machine));
  return mandate;
}

/** Seeds a delegation (approver → delegate) over a date window, indexed as the delegation commands index it. */
export async function seedDelegation(world: TestWorld, d: Omit<Delegation, 'createdAt' | 'subjects'> & { readonly subjects?: Delegation['subjects'] }): Promise<void> {
  const entity: Delegation = { subjects: ['payment_request'], ...d, createdAt: '2026-03-01T12:00:00.000Z' };
  await put(world.storage, 'delegations', d.id, { entity, machine: null, auditHead: null }, { assigneeId: d.toUserId, parentId: d.fromUserId, status: 'active', sortKey: entity.createdAt });
}

/** A time entry. */
export function entry(id: string, date: string, minutes: number, category = 'meeting'): TimeEntry {
  return { id, date, category, minutes, units: 1 };
}

/** A mileage expense. */
export function mileage(id: string, date: string, km: number): Expense {
  return { id, date, type: 'mileage', km, quantity: 1, receiptIds: [], preApproved: false };
}

/**
 * The worked example: a 90-minute meeting ($60.00 at $40/h), a 50-minute document review
 * (rounded up to 60 minutes: $40.00) and 40 km of mileage at $0.50 ($20.00, non-taxable):
 * $120.00 in all, $100.00 taxable.
 */
export const WORKED: { readonly entries: TimeEntry[]; readonly expenses: Expense[] } = {
  entries: [entry('ent_meeting', '2026-03-10', 90), entry('ent_review', '2026-03-12', 50, 'document_review')],
  expenses: [mileage('exp_km', '2026-03-10', 40)],
};

/** Creates and submits a request for a partner; returns its id and version (under review). */
export async function submitRequest(
  world: TestWorld,
  mandateId: string,
  content: { readonly entries?: readonly TimeEntry[]; readonly expenses?: readonly Expense[] } = WORKED,
  partnerId = ZOE,
): Promise<{ readonly id: string; readonly version: number }> {
  const partner = world.service.as(actors.partner(partnerId));
  const created = await partner.createPaymentRequest({ mandateId, entries: [...(content.entries ?? [])], expenses: [...(content.expenses ?? [])] });
  const submitted = await partner.submitPaymentRequest({ id: created.paymentRequest.id, attest: true, expectedVersion: created.version });
  return { id: submitted.paymentRequest.id, version: submitted.version };
}

/** Drives a request from submission to `processing` (approved by the lead, forwarded and sent by the admin). */
export async function processingRequest(world: TestWorld, mandateId: string, content?: Parameters<typeof submitRequest>[2], partnerId = ZOE): Promise<{ readonly id: string; readonly version: number }> {
  const { id } = await submitRequest(world, mandateId, content, partnerId);
  await world.service.as(actors.lead).approvePaymentRequest({ id });
  const admin = world.service.as(actors.admin);
  await admin.forwardPaymentRequest({ id });
  const processing = await admin.startPaymentProcessing({ id });
  return { id, version: processing.version };
}

/** Drives a request to `paid` (at the clock's instant unless `paidAt` is given). */
export async function paidRequest(world: TestWorld, mandateId: string, content?: Parameters<typeof submitRequest>[2], options: { readonly paidAt?: string; readonly partnerId?: string } = {}) {
  const { id } = await processingRequest(world, mandateId, content, options.partnerId);
  return world.service.as(actors.admin).markPaymentRequestPaid({ id, reference: 'EFT-0001', ...(options.paidAt === undefined ? {} : { paidAt: options.paidAt }) });
}

/** The stored mandate's running totals. */
export async function totalsOf(world: TestWorld, mandateId: string): Promise<Mandate['totals']> {
  const record = await world.storage.get<{ entity: Mandate }>('mandates', mandateId);
  if (record === null) throw new Error(`no mandate ${mandateId}`);
  return record.data.entity.totals;
}
