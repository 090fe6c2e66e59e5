import { describe, expect, it } from 'vitest';
import { isHonorariaError } from '../../../src/errors/honoraria-error';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import type { Actor } from '../../../src/workflow/actor';
import { applicationAt, eligibleForm } from '../applications/application-helpers';
import { fixedClock } from '../../../src/ports/clock';
import { sequentialIds } from '../../../src/ports/id-generator';
import { staticDirectory } from '../../../src/ports/user-directory';
import { createHonoraria } from '../../../src/workflow/create-honoraria';
import type { TestWorld } from '../fixtures';
import { actors, framework, mandateAt, recordingNotifier, registerTestPartner, staff, textRenderer } from '../fixtures';
import { submitRequest } from '../payment-requests/payment-fixtures';
import type { FaultyStorage } from './faulty-storage';
import { faultyStorage } from './faulty-storage';

/** A command to break: how to set the world up, then the one call to make. */
interface Scenario {
  readonly name: string;
  /** The kinds of write the command makes (so each kind is broken at least once). */
  readonly writes: readonly string[];
  readonly setup: (world: TestWorld) => Promise<{ readonly actor: Actor; readonly operation: string; readonly input: Record<string, unknown> }>;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'submitApplication (with an idempotency key)',
    writes: ['put', 'appendAudit', 'putIdempotency'],
    setup: async () => ({ actor: actors.applicant('alice'), operation: 'submitApplication', input: { ...eligibleForm, idempotencyKey: 'form-1' } }),
  },
  {
    name: 'completeOrientation (opens the partner file)',
    writes: ['put', 'appendAudit'],
    setup: async (world) => {
      const r = await applicationAt(world, 'orientation_scheduled');
      return { actor: actors.director, operation: 'completeOrientation', input: { id: r.application.id, expectedVersion: r.version } };
    },
  },
  {
    name: 'issueParkingPass',
    writes: ['put', 'appendAudit'],
    setup: async (world) => {
      const r = await applicationAt(world, 'active');
      return { actor: actors.director, operation: 'issueParkingPass', input: { partnerId: r.application.partnerId as string, activityId: 'act_1', validOn: '2026-04-14' } };
    },
  },
  {
    name: 'acceptMandate with the master agreement (documents filed)',
    writes: ['put', 'appendAudit', 'putBlob'],
    setup: async (world) => {
      const partnerId = await registerTestPartner(world);
      const { id } = await mandateAt(world, partnerId, 'sent_to_partner');
      return { actor: actors.partner(partnerId), operation: 'acceptMandate', input: { id, acceptAgreement: true } };
    },
  },
  {
    name: 'submitPaymentRequest (quote frozen, mandate totals)',
    writes: ['put', 'appendAudit'],
    setup: async (world) => {
      const partnerId = await registerTestPartner(world);
      const { id } = await mandateAt(world, partnerId, 'active');
      const created = await world.service.as(actors.partner(partnerId)).createPaymentRequest({ mandateId: id, entries: [{ id: 'ent_1', date: '2026-03-02', category: 'meeting', minutes: 90 }] });
      return { actor: actors.partner(partnerId), operation: 'submitPaymentRequest', input: { id: created.paymentRequest.id, attest: true, expectedVersion: created.version } };
    },
  },
  {
    name: 'approvePaymentRequest (with an idempotency key)',
    writes: ['put', 'appendAudit', 'putIdempotency'],
    setup: async (world) => {
      const partnerId = await registerTestPartner(world);
      const { id } = await mandateAt(world, partnerId, 'active');
      const request = await submitRequest(world, id, { entries: [{ id: 'ent_1', date: '2026-03-02', category: 'meeting', minutes: 90, units: 1 }] }, partnerId);
      return { actor: actors.lead, operation: 'approvePaymentRequest', input: { id: request.id, expectedVersion: request.version, idempotencyKey: 'approve-1' } };
    },
  },
  {
    name: 'markPaymentRequestPaid (payout, ledger, document)',
    writes: ['put', 'appendAudit', 'putBlob'],
    setup: async (world) => {
      const partnerId = await registerTestPartner(world);
      const { id } = await mandateAt(world, partnerId, 'active');
      const request = await submitRequest(world, id, { entries: [{ id: 'ent_1', date: '2026-03-02', category: 'meeting', minutes: 90, units: 1 }] }, partnerId);
      await world.service.as(actors.lead).approvePaymentRequest({ id: request.id });
      await world.service.as(actors.admin).forwardPaymentRequest({ id: request.id });
      await world.service.as(actors.admin).startPaymentProcessing({ id: request.id });
      return { actor: actors.admin, operation: 'markPaymentRequestPaid', input: { id: request.id, reference: 'EFT-0001' } };
    },
  },
];

/**
 * The test world, with the outbox left for an explicit `dispatch()`: the writes counted are the
 * command's own (sending notifications happens after the commit, in transactions of its own).
 */
function quietWorld(storage: FaultyStorage): TestWorld {
  const clock = fixedClock('2026-03-02T14:00:00Z');
  const notifier = recordingNotifier();
  const service = createHonoraria({
    framework,
    storage,
    clock,
    ids: sequentialIds(),
    notifier,
    autoDispatch: false,
    documents: textRenderer,
    directory: staticDirectory(staff),
    portalUrl: 'https://portail.example.org',
  });
  return { service, storage, clock, notifier };
}

async function prepared(scenario: Scenario): Promise<{ world: TestWorld; storage: FaultyStorage; call: Awaited<ReturnType<Scenario['setup']>> }> {
  const storage = faultyStorage(createMemoryStorage());
  const world = quietWorld(storage);
  const call = await scenario.setup(world);
  await world.service.dispatch();
  return { world, storage, call };
}

describe('fault injection: the storage fails at each write of a command', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: nothing is partly written and nothing is queued, whichever write fails; a retry then succeeds`, async () => {
      const probe = await prepared(scenario);
      probe.storage.arm(Number.POSITIVE_INFINITY);
      await probe.world.service.execute(probe.call.operation, probe.call.actor, probe.call.input);
      const writes = probe.storage.writes.length;
      expect(new Set(probe.storage.writes)).toEqual(new Set(scenario.writes));
      for (let n = 1; n <= writes; n++) {
        const { world, storage, call } = await prepared(scenario);
        const before = storage.snapshot();
        const sent = world.notifier.sent.length;
        storage.arm(n);
        const error = await world.service.execute(call.operation, call.actor, call.input).then(
          () => null,
          (e: unknown) => e,
        );
        expect(isHonorariaError(error, 'storage_failure'), `write ${n}/${writes} (${storage.writes[n - 1]}): ${String(error)}`).toBe(true);
        expect(storage.snapshot(), `write ${n}/${writes}`).toEqual(before);
        expect(await world.service.dispatch()).toEqual({ sent: 0, retried: 0, dead: 0, skipped: 0 });
        expect(world.notifier.sent).toHaveLength(sent);
        storage.disarm();
        await world.service.execute(call.operation, call.actor, call.input);
        expect(storage.snapshot().audit.length).toBeGreaterThan(before.audit.length);
        // What the retry queued is sent once.
        const queued = storage.snapshot().records.filter((r) => r.collection === 'outbox').length - before.records.filter((r) => r.collection === 'outbox').length;
        expect((await world.service.dispatch()).sent).toBe(queued);
      }
    }, 120_000);
  }

  it('runDue: a failing item is reported, left untouched and fired by the next run', async () => {
    const probe = faultyStorage(createMemoryStorage());
    const w0 = quietWorld(probe);
    await applicationAt(w0, 'submitted');
    probe.arm(Number.POSITIVE_INFINITY);
    await w0.service.runDue(new Date('2026-04-02T12:00:00Z'));
    const writes = probe.writes.length;
    expect(writes).toBeGreaterThan(1);
    for (let n = 1; n <= writes; n++) {
      const storage = faultyStorage(createMemoryStorage());
      const world = quietWorld(storage);
      await applicationAt(world, 'submitted');
      await world.service.dispatch();
      const before = storage.snapshot();
      const sent = world.notifier.sent.length;
      storage.arm(n);
      const at = new Date('2026-04-02T12:00:00Z');
      const report = await world.service.runDue(at);
      expect(report.fired).toEqual([]);
      expect(report.failures.map((f) => f.code)).toEqual(['storage_failure']);
      expect(storage.snapshot()).toEqual(before);
      expect(await world.service.dispatch()).toMatchObject({ sent: 0 });
      expect(world.notifier.sent).toHaveLength(sent);
      storage.disarm();
      expect((await world.service.runDue(at)).fired.map((f) => f.kind)).toEqual(['phone_interview_overdue']);
    }
  });
});
