import { bench, describe } from 'vitest';
import { benchStorageKinds, openBenchStorage } from './support/bench-storages';
import { PAYMENT_REQUESTS, paymentRequests, seedRecords } from './support/payment-requests';
import { suiteFixture } from './support/suite-fixture';

const COUNT = 100_000;
const INBOX = { where: { assigneeId: 'usr_7', status: ['submitted', 'under_review'] }, limit: 50 } as const;

async function expectFull(page: Promise<{ items: readonly unknown[] }>): Promise<void> {
  const { items } = await page;
  if (items.length !== 50) throw new Error(`expected a full page of 50, got ${items.length}`);
}

for (const kind of benchStorageKinds()) {
  describe(`approver inbox among ${COUNT.toLocaleString('en')} payment requests, ${kind}`, () => {
    const fixture = suiteFixture(
      async () => {
        const target = await openBenchStorage(kind);
        await seedRecords(target.storage, paymentRequests({ count: COUNT }));
        let cursor: string | null = null;
        for (let page = 1; page < 5; page++) cursor = (await target.storage.list(PAYMENT_REQUESTS, { ...INBOX, cursor })).nextCursor;
        return { target, fifthPage: cursor };
      },
      ({ target }) => target.dispose(),
    );
    const storage = () => fixture.value.target.storage;

    bench('first page (50), submitted or under review', () => expectFull(storage().list(PAYMENT_REQUESTS, INBOX)), fixture.options);

    bench('fifth page (50), by cursor', () => expectFull(storage().list(PAYMENT_REQUESTS, { ...INBOX, cursor: fixture.value.fifthPage })), fixture.options);

    bench(
      'first page (50), under review, newest first',
      () => expectFull(storage().list(PAYMENT_REQUESTS, { where: { assigneeId: 'usr_7', status: 'under_review' }, order: 'desc', limit: 50 })),
      fixture.options,
    );

    bench("a partner's requests (My Files), first page", () => expectFull(storage().list(PAYMENT_REQUESTS, { where: { partnerId: 'ptn_42' }, limit: 50 })), fixture.lastOptions);
  });
}
