// Races on a real PostgreSQL server between worker processes, each with its own pool and service,
// as servers behind a load balancer would run: concurrent generateTaxSlips, proposeAmendment and
// acceptAgreement. Whatever the timing, exactly one tax slip, one open amendment and one
// acceptance are stored; the others get `conflict` (or, arriving after the winner committed, the
// answer a sequential call gets) — never a 5xx, never a duplicate. Runs when DATABASE_URL is set.
import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { StoredRecord } from '@honoraria/core/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPaymentWorld, entry, paidRequest, seedActiveMandate, seedPartner } from '../../../../core/test/workflow/payment-requests/payment-fixtures';
import { createPostgresDriver } from '../../../src/sql/postgres/postgres-driver';
import type { SqlDriver } from '../../../src/sql/sql-driver';
import { createSqlStorage } from '../../../src/sql/sql-storage';
import type { SqlStorage } from '../../../src/sql/sql-storage';
import type { RaceOutcome, RaceScenario, WorkerMessage, WorkerReply } from './race-protocol';
import { RACE_MANDATE, RACE_PARTNER } from './race-protocol';

const url = process.env['DATABASE_URL'];
const ROUNDS = 50;
const MAX_WORKERS = 4;
const SCENARIOS: readonly RaceScenario[] = ['generateTaxSlips', 'proposeAmendment', 'acceptAgreement'];
/** What a loser may answer: `conflict` in a true race; arriving after the winner committed, what a second sequential call answers. */
const LATE_ANSWERS: Record<RaceScenario, readonly string[]> = {
  generateTaxSlips: [], // a late call succeeds, with the slip unchanged
  proposeAmendment: ['rule_violation'], // amendment_open
  acceptAgreement: ['invalid_transition'], // already_accepted
};

class Worker {
  readonly #child: ChildProcess;
  readonly #waiting: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }[] = [];
  readonly #replies: WorkerReply[] = [];
  constructor() {
    this.#child = fork(fileURLToPath(new URL('./race-worker.ts', import.meta.url)), {
      execArgv: ['--conditions=@honoraria/source', '--import', 'tsx'],
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.#child.on('message', (reply: WorkerReply) => {
      const waiter = this.#waiting.shift();
      if (waiter === undefined) this.#replies.push(reply);
      else waiter.resolve(reply);
    });
    this.#child.on('exit', (code) => {
      for (const waiter of this.#waiting.splice(0)) waiter.reject(new Error(`race worker exited (${String(code)})`));
    });
  }
  next(): Promise<WorkerReply> {
    const queued = this.#replies.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }
  send(message: WorkerMessage): void {
    this.#child.send(message);
  }
  get exited(): boolean {
    return this.#child.exitCode !== null;
  }
}

async function seedRound(storage: SqlStorage): Promise<void> {
  await storage.migrate();
  const world = createPaymentWorld({ storage });
  await seedPartner(world, { id: RACE_PARTNER, name: 'Zoé Tremblay' });
  await seedActiveMandate(world, { id: RACE_MANDATE, budgetCapCents: 500_000 });
  await paidRequest(world, RACE_MANDATE, { entries: [entry('e1', '2026-03-10', 600)] }); // $400
  await paidRequest(world, RACE_MANDATE, { entries: [entry('e2', '2026-03-11', 300)] }); // $200: $600, a T4A is due
}

async function stored(storage: SqlStorage, collection: string): Promise<StoredRecord<{ entity: { status: string; partnerId?: string } }>[]> {
  return (await storage.list<{ entity: { status: string; partnerId?: string } }>(collection, { limit: 1000 })).items as StoredRecord<{ entity: { status: string; partnerId?: string } }>[];
}

describe.runIf(url !== undefined)('unique keys under racing processes (PostgreSQL)', () => {
  let driver: SqlDriver;
  const workers: Worker[] = [];
  const prefix = `race${Date.now().toString(36)}`;

  beforeAll(async () => {
    driver = createPostgresDriver({ connectionString: url, config: { max: 4 } });
    for (let i = 0; i < MAX_WORKERS; i++) {
      const worker = new Worker();
      workers.push(worker);
      expect(await worker.next()).toEqual({ type: 'ready' });
    }
  }, 120_000);

  afterAll(async () => {
    for (const worker of workers) if (!worker.exited) worker.send({ type: 'exit' });
    const { rows } = await driver.query<{ nspname: string }>('SELECT nspname FROM pg_namespace WHERE nspname LIKE $1', [`${prefix}\\_%`]);
    for (const { nspname } of rows) await driver.query(`DROP SCHEMA "${nspname}" CASCADE`);
    await driver.close();
  });

  it(`${ROUNDS} rounds × 2–${MAX_WORKERS} processes: one tax slip, one open amendment, one acceptance, losers get conflict`, async () => {
    const tally = Object.fromEntries(SCENARIOS.map((s) => [s, { races: 0, calls: 0, succeeded: 0, conflicts: 0, late: 0 }])) as Record<RaceScenario, { races: number; calls: number; succeeded: number; conflicts: number; late: number }>;
    for (let round = 0; round < ROUNDS; round++) {
      const schema = `${prefix}_${round}`;
      const storage = createSqlStorage({ driver, schema });
      await seedRound(storage);
      const racers = workers.slice(0, 2 + (round % (MAX_WORKERS - 1)));
      for (const scenario of SCENARIOS) {
        for (const w of racers) w.send({ type: 'arm', schema, scenario });
        for (const w of racers) expect(await w.next()).toEqual({ type: 'ready' });
        const done = racers.map((w) => w.next());
        for (const w of racers) w.send({ type: 'go' });
        const outcomes = (await Promise.all(done)).map((r) => (r as { outcome: RaceOutcome }).outcome);
        const t = tally[scenario];
        t.races += 1;
        t.calls += outcomes.length;
        for (const o of outcomes) {
          if (o.ok) t.succeeded += 1;
          else if (o.code === 'conflict') t.conflicts += 1;
          else {
            expect(LATE_ANSWERS[scenario], `round ${round} ${scenario}: ${o.code ?? ''} ${o.reason ?? ''}`).toContain(o.code);
            t.late += 1;
          }
        }
        if (scenario !== 'generateTaxSlips') expect(outcomes.filter((o) => o.ok), `round ${round} ${scenario}`).toHaveLength(1);
        else expect(outcomes.some((o) => o.ok), `round ${round} ${scenario}`).toBe(true);
      }
      const slips = (await stored(storage, 'tax_slips')).filter((r) => r.data.entity.status !== 'cancelled');
      const open = (await stored(storage, 'amendments')).filter((r) => ['pending_approval', 'approved'].includes(r.data.entity.status));
      const accepted = (await stored(storage, 'agreements')).filter((r) => r.data.entity.status === 'accepted');
      expect([slips.length, open.length, accepted.length], `round ${round}: slips, open amendments, acceptances`).toEqual([1, 1, 1]);
      await driver.query(`DROP SCHEMA "${schema}" CASCADE`);
    }
    // The figures of the run, for the issue note.
    console.log(`unique-key races: ${ROUNDS} rounds, 2–${MAX_WORKERS} processes`, JSON.stringify(tally));
    for (const scenario of SCENARIOS) expect(tally[scenario].races).toBe(ROUNDS);
  }, 1_200_000);
});
