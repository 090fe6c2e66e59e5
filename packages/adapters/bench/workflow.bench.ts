// Workflow throughput and latency on each storage: a partner creates and submits a payment
// request, the approver approves it (three commands, each one transaction with its audit events,
// outbox entries and idempotency key). Prints p50/p95 per command pair after each run.
import { createHonoraria, fixedClock, sequentialIds, staticDirectory } from '@honoraria/core';
import type { Honoraria, HonorariaClient } from '@honoraria/core';
import { availableParallelism, loadavg } from 'node:os';
import { bench, describe } from 'vitest';
import type { SqlStorage } from '../src/sql/sql-storage';
import { actors, ensureTestProject, framework, mandateTerms, staff, TEST_SIN, textRenderer } from '../../core/test/workflow/fixtures';
import type { BenchStorage } from './support/bench-storages';
import { benchStorageKinds, openBenchStorage } from './support/bench-storages';
import { suiteFixture } from './support/suite-fixture';

interface World {
  readonly target: BenchStorage;
  readonly service: Honoraria;
  readonly partner: HonorariaClient;
  readonly lead: HonorariaClient;
  readonly mandateId: string;
  readonly latencies: number[];
  /** The anchor's time per iteration: three hand-written single-round-trip writes on the same database. */
  readonly anchor: number[];
}

async function world(kind: Parameters<typeof openBenchStorage>[0]): Promise<World> {
  const target = await openBenchStorage(kind);
  const service = createHonoraria({
    framework,
    storage: target.storage,
    clock: fixedClock('2026-03-02T14:00:00Z'),
    ids: sequentialIds(),
    documents: textRenderer,
    directory: staticDirectory(staff),
  });
  const registered = await service.as(actors.secretariat).registerPartner({
    name: 'Zoé Tremblay',
    email: 'zoe@example.org',
    roles: ['patient'],
    taxProfile: { sinStatus: 'provided', sin: TEST_SIN, province: 'QC' },
    paymentProfile: { method: 'direct_deposit', bank: { institution: '001', transit: '12345', account: '1234567' } },
  });
  const partnerId = registered.partner.id;
  const lead = service.as(actors.lead);
  // A budget large enough for every iteration of the benchmark.
  await ensureTestProject(service.storage);
  const drafted = await lead.createMandate(mandateTerms(partnerId, { budgetCapCents: 1_000_000_000 }) as Parameters<HonorariaClient['createMandate']>[0]);
  await lead.submitMandate({ id: drafted.mandate.id });
  await service.as(actors.approver).approveMandate({ id: drafted.mandate.id });
  await lead.sendMandate({ id: drafted.mandate.id });
  const partner = service.as(actors.partner(partnerId));
  await partner.acceptMandate({ id: drafted.mandate.id, acceptAgreement: true });
  return { target, service, partner, lead, mandateId: drafted.mandate.id, latencies: [], anchor: [] };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

let n = 0;
for (const kind of benchStorageKinds({ memory: true })) {
  describe(`workflow on ${kind}: create + submit + approve a payment request`, () => {
    const fixture = suiteFixture(
      () => world(kind),
      async (w) => {
        const sorted = [...w.latencies].sort((a, b) => a - b);
        const commands = (sorted.length * 3) / (sorted.reduce((a, b) => a + b, 0) / 1000);
        const anchor = [...w.anchor].sort((a, b) => a - b);
        const ratio = anchor.length === 0 ? '' : `; anchor (3 hand-written single-round-trip writes) p50 ${percentile(anchor, 50).toFixed(2)} ms, ratio p50 ${(percentile(sorted, 50) / percentile(anchor, 50)).toFixed(1)}×`;
        console.log(
          `[workflow ${kind}] ${availableParallelism()} cores, load ${loadavg()[0]?.toFixed(1)}: ${sorted.length} requests: ${commands.toFixed(0)} commands/s; create+submit+approve p50 ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms, per command p95 ≈ ${(percentile(sorted, 95) / 3).toFixed(2)} ms${ratio}`,
        );
        await w.target.dispose();
      },
    );
    bench(
      'create + submit (partner) + approve (approver)',
      async () => {
        const w = fixture.value;
        const i = ++n;
        const started = performance.now();
        const draft = await w.partner.createPaymentRequest({
          mandateId: w.mandateId,
          entries: [
            { id: `e${i}a`, date: '2026-03-02', category: 'meeting', minutes: 90, units: 1 },
            { id: `e${i}b`, date: '2026-03-02', category: 'preparation', minutes: 30, units: 1 },
          ],
          expenses: [{ id: `x${i}`, date: '2026-03-02', type: 'mileage', km: 12, quantity: 1, receiptIds: [], preApproved: false }],
          idempotencyKey: `create-${i}`,
        });
        const submitted = await w.partner.submitPaymentRequest({ id: draft.paymentRequest.id, attest: true, expectedVersion: draft.version, idempotencyKey: `submit-${i}` });
        await w.lead.approvePaymentRequest({ id: draft.paymentRequest.id, expectedVersion: submitted.version, idempotencyKey: `approve-${i}` });
        w.latencies.push(performance.now() - started);
      },
      { ...(kind === 'memory' ? fixture.lastOptions : fixture.options), time: 3000 },
    );
    if (kind !== 'memory') {
      // The anchor: what a command costs at best on this database, one hand-written round trip
      // (a single-statement write, committed on its own), three times for three commands.
      bench(
        'anchor: 3 hand-written single-round-trip writes',
        async () => {
          const w = fixture.value;
          const driver = (w.target.storage as SqlStorage).driver;
          const started = performance.now();
          for (let k = 0; k < 3; k++) {
            await driver.query(`INSERT INTO "${(w.target.storage as SqlStorage).schema}".idempotency_keys (key, fingerprint, result) VALUES ($1, 'anchor', '{}'::jsonb)`, [`anchor-${++n}`]);
          }
          w.anchor.push(performance.now() - started);
        },
        { ...fixture.lastOptions, time: 1000 },  // the suite's last benchmark: prints and disposes
      );
    }
  });
}
