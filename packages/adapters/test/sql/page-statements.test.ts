// The work queues read a constant number of statements per page, whatever the page size: the
// page itself, then every item's partner (and mandate) in one read. Counted on PGlite, and on
// PostgreSQL when DATABASE_URL is set.
import { afterAll, describe, expect, it } from 'vitest';
import { actors, createWorld, mandateAt, registerTestPartner } from '../../../core/test/workflow/fixtures';
import { createPgliteDriver } from '../../src/sql/pglite/pglite-driver';
import { createPostgresDriver } from '../../src/sql/postgres/postgres-driver';
import type { SqlDriver } from '../../src/sql/sql-driver';
import { createSqlStorage } from '../../src/sql/sql-storage';
import { countingDriver } from '../support/counting-driver';

const PAGE_BUDGET = 3;

function pageTests(name: string, open: () => Promise<SqlDriver>): void {
  describe(`queue pages on ${name}`, () => {
    const schema = `pages_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    let inner: SqlDriver | undefined;
    afterAll(async () => {
      if (inner === undefined) return;
      await inner.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await inner.close();
    });

    it(`listApproverInbox and listAdminQueue send at most ${PAGE_BUDGET} statements per page, for 1, 4 or 20 items`, async () => {
      inner = await open();
      const driver = countingDriver(inner);
      const storage = createSqlStorage({ driver, schema });
      await storage.migrate();
      const world = createWorld({ storage });
      const partners = [await registerTestPartner(world), await registerTestPartner(world, { name: 'Ana Lima', email: 'ana@example.org' })];
      const mandates = [await mandateAt(world, partners[0] as string, 'active'), await mandateAt(world, partners[1] as string, 'active')];
      const requestIds: string[] = [];
      for (let i = 0; i < 12; i++) {
        const partnerId = partners[i % 2] as string;
        const partner = world.service.as(actors.partner(partnerId));
        const created = await partner.createPaymentRequest({ mandateId: mandates[i % 2]!.id, entries: [{ id: `e${i}`, date: '2026-03-02', category: 'meeting', minutes: 30 }] });
        await partner.submitPaymentRequest({ id: created.paymentRequest.id, attest: true });
        requestIds.push(created.paymentRequest.id);
      }
      for (const id of requestIds.slice(0, 6)) await world.service.as(actors.lead).approvePaymentRequest({ id });
      const counted = async (call: () => Promise<{ items: readonly unknown[] }>): Promise<{ statements: number; items: number }> => {
        const before = driver.roundTrips;
        const page = await call();
        return { statements: driver.roundTrips - before, items: page.items.length };
      };
      const inbox = [];
      const queue = [];
      for (const limit of [1, 4, 20]) {
        inbox.push(await counted(() => world.service.as(actors.lead).listApproverInbox({ limit })));
        queue.push(await counted(() => world.service.as(actors.admin).listAdminQueue({ limit })));
      }
      expect(inbox.map((p) => p.items)).toEqual([1, 4, 6]);
      expect(queue.map((p) => p.items)).toEqual([1, 4, 6]);
      for (const page of [...inbox, ...queue]) expect(page.statements).toBeLessThanOrEqual(PAGE_BUDGET);
      // The same count whatever the page size.
      expect(new Set(inbox.map((p) => p.statements)).size).toBe(1);
      expect(new Set(queue.map((p) => p.statements)).size).toBe(1);
    }, 120_000);
  });
}

pageTests('PGlite', () => createPgliteDriver());
const url = process.env['DATABASE_URL'];
if (url !== undefined) pageTests('PostgreSQL', async () => createPostgresDriver({ connectionString: url }));
