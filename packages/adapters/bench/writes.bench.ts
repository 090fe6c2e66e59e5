import { bench, describe } from 'vitest';
import { benchStorageKinds, openBenchStorage } from './support/bench-storages';
import { PAYMENT_REQUESTS, paymentRequests, seedRecords } from './support/payment-requests';
import { suiteFixture } from './support/suite-fixture';

const SEEDED = 1_000;
const template = paymentRequests({ count: 1 })[0]!;
let n = 0;

for (const kind of benchStorageKinds({ memory: true })) {
  describe(`raw storage throughput, ${kind}`, () => {
    const fixture = suiteFixture(
      async () => {
        const target = await openBenchStorage(kind);
        await seedRecords(target.storage, paymentRequests({ count: SEEDED }));
        return target;
      },
      (target) => target.dispose(),
    );
    const storage = () => fixture.value.storage;

    bench('get one record by id', () => storage().get(PAYMENT_REQUESTS, `pr_${String(++n % SEEDED).padStart(6, '0')}`), fixture.options);

    bench('put: create one record (its own transaction)', () => storage().transaction((tx) => tx.put({ ...template, id: `new_${++n}` })), fixture.options);

    bench(
      'command-shaped transaction: create + update a request, audit event, outbox record, idempotency key',
      () => {
        const i = ++n;
        return storage().transaction(async (tx) => {
          const id = `cmd_${i}`;
          await tx.put({ ...template, id });
          await tx.put({ ...template, id, index: { ...template.index, status: 'submitted' }, expectedVersion: 1 });
          await tx.appendAudit({
            id: `evt_${i}`,
            subjectType: 'payment_request',
            subjectId: id,
            seq: 1,
            at: '2026-03-01T12:00:00.000Z',
            actor: { id: 'usr_partner', roles: ['partner'] },
            action: 'submit',
            fromState: 'draft',
            toState: 'submitted',
            prevHash: null,
            hash: 'f'.repeat(64),
          });
          await tx.put({
            collection: 'outbox',
            id: `out_${i}`,
            data: { template: 'payment_request.awaiting_approval', to: 'usr_7' },
            index: { status: 'pending', dueAt: '2026-03-01T12:00:00.000Z', sortKey: '2026-03-01T12:00:00.000Z' },
            expectedVersion: 0,
          });
          await tx.putIdempotency({ key: `usr_partner/${i}`, fingerprint: 'f'.repeat(64), result: { id } });
        });
      },
      fixture.lastOptions,
    );
  });
}
