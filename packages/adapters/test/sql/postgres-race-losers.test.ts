// Losers of a race get `conflict` (or `invalid_transition` once the winner has committed), never
// a 5xx: two processes, each with its own service and pool on one PostgreSQL schema, approve and
// reject the same payment requests of one mandate at the same moment, retrying after each
// conflict. Exactly one of each pair wins, the mandate's totals match the winners, and nobody
// ever sees an `internal` error.
import { createHonoraria, staticDirectory } from '@honoraria/core';
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { actors, ensureTestProject, framework, mandateTerms, staff } from '../../../core/test/workflow/fixtures';
import { createPostgresDriver } from '../../src/sql/postgres/postgres-driver';
import { createSqlStorage } from '../../src/sql/sql-storage';
import type { RaceArgs, RaceOutcome } from './support/race-child';

const url = process.env['DATABASE_URL'];

if (url !== undefined) {
  describe('racing processes on PostgreSQL', () => {
    const schema = `race_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const driver = createPostgresDriver({ connectionString: url, config: { max: 4 } });
    const storage = createSqlStorage({ driver, schema });
    afterAll(async () => {
      await driver.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await storage.close();
    });
    const child = fileURLToPath(new URL('./support/race-child.ts', import.meta.url));
    const root = fileURLToPath(new URL('../../../../', import.meta.url));

    /** A racer: a child process answering one line per request id it is sent. */
    function racer(args: RaceArgs) {
      const proc: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--conditions=@honoraria/source', '--import', 'tsx', child, JSON.stringify(args)], { cwd: root });
      let stderr = '';
      let buffered = '';
      const lines: string[] = [];
      const waiting: ((line: string) => void)[] = [];
      proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      proc.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        for (let at = buffered.indexOf('\n'); at >= 0; at = buffered.indexOf('\n')) {
          const line = buffered.slice(0, at);
          buffered = buffered.slice(at + 1);
          const wake = waiting.shift();
          if (wake === undefined) lines.push(line);
          else wake(line);
        }
      });
      const exited = new Promise<number | null>((resolve) => proc.on('close', (code) => resolve(code)));
      const next = (): Promise<string> => {
        const line = lines.shift();
        if (line !== undefined) return Promise.resolve(line);
        return Promise.race([new Promise<string>((resolve) => waiting.push(resolve)), exited.then((code) => Promise.reject(new Error(`racer exited (${code}): ${stderr.slice(0, 2000)}`)))]);
      };
      return {
        ready: next(),
        async race(id: string): Promise<RaceOutcome> {
          proc.stdin.write(`${id}\n`);
          return JSON.parse(await next()) as RaceOutcome;
        },
        async end(): Promise<{ code: number | null; stderr: string }> {
          proc.stdin.end('end\n');
          return { code: await exited, stderr };
        },
      };
    }

    it('every pair has exactly one winner; every loser gets conflict or invalid_transition, never internal', async () => {
      const racers = (['approve', 'reject'] as const).map((action) => racer({ url: url!, schema, action }));
      await storage.migrate();
      const service = createHonoraria({ framework, storage, directory: staticDirectory(staff) });
      const file = await service.as(actors.secretariat).registerPartner({
        name: 'Zoé Tremblay',
        email: 'zoe@example.org',
        lang: 'fr',
        roles: ['patient'],
        paymentProfile: { method: 'direct_deposit', bank: { institution: '001', transit: '12345', account: '1234567' } },
      });
      const partnerId = file.partner.id;
      const lead = service.as(actors.lead);
      await ensureTestProject(storage);
      const { mandate } = await lead.createMandate(mandateTerms(partnerId, { budgetCapCents: 100_000, estimatedMinutes: 3_000 }) as Parameters<typeof lead.createMandate>[0]);
      await lead.submitMandate({ id: mandate.id });
      await service.as(actors.approver).approveMandate({ id: mandate.id });
      await lead.sendMandate({ id: mandate.id });
      const partner = service.as(actors.partner(partnerId));
      await partner.acceptMandate({ id: mandate.id, acceptAgreement: true });
      expect(await Promise.all(racers.map((r) => r.ready))).toEqual(['ready', 'ready']);

      // One request at a time, so nothing else is pending on the mandate: the case where a loser
      // that read the request before the winner committed, and the mandate after, saw a negative total.
      const rounds = 20;
      const finals: Record<string, number> = {};
      const conflicts: Record<string, number> = {};
      let approved = 0;
      for (let round = 0; round < rounds; round++) {
        const created = await partner.createPaymentRequest({ mandateId: mandate.id, entries: [{ id: `e${round}`, date: '2026-03-10', category: 'meeting', minutes: 15 }], expenses: [] } as Parameters<typeof partner.createPaymentRequest>[0]);
        await partner.submitPaymentRequest({ id: created.paymentRequest.id, attest: true, expectedVersion: created.version });
        const [approval, rejection] = await Promise.all(racers.map((r) => r.race(created.paymentRequest.id)));
        const pair = [approval!, rejection!];
        expect(pair.filter((o) => o.outcome === 'ok'), JSON.stringify(pair)).toHaveLength(1);
        for (const o of pair) {
          if (o.outcome !== 'ok') finals[o.outcome] = (finals[o.outcome] ?? 0) + 1;
          for (const c of o.conflicts) conflicts[c] = (conflicts[c] ?? 0) + 1;
        }
        if (approval!.outcome === 'ok') approved++;
      }
      const ends = await Promise.all(racers.map((r) => r.end()));
      expect(ends.map((e) => (e.code === 0 ? '' : e.stderr.slice(0, 2000)))).toEqual(['', '']);

      // Every answer on the way was a conflict (then retried), every final loss an invalid transition.
      expect(Object.keys(conflicts).filter((l) => !l.startsWith('conflict:'))).toEqual([]);
      expect(Object.keys(finals).filter((l) => !l.startsWith('invalid_transition:'))).toEqual([]);
      // The mandate's totals are those of the winners: nothing pending, the approvals approved.
      const totals = (await storage.get<{ entity: { totals: { pendingCents: number; approvedCents: number; approvedMinutes: number } } }>('mandates', mandate.id))!.data.entity.totals;
      expect(totals).toMatchObject({ pendingCents: 0, approvedCents: approved * 1_000, approvedMinutes: approved * 15 });
      console.info(
        `race losers: 2 processes, ${rounds} rounds (one request approved and rejected at once): ${approved} approvals won, ${rounds - approved} rejections won; ` +
          `${Object.values(conflicts).reduce((a, b) => a + b, 0)} conflicts retried ${JSON.stringify(conflicts)}, final losers ${JSON.stringify(finals)}`,
      );
    }, 120_000);
  });
}
