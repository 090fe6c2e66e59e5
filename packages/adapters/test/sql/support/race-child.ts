// A child process of the race test: its own service, pool and storage on the shared schema.
// Prints "ready", then for each payment request id read on stdin approves or rejects it (as the
// project lead), trying again after each `conflict` as a client does, and prints one JSON line
// per id: its final outcome (`ok`, or the error code and reason) and the conflicts met on the way.
// Ends on "end". Run with: node --conditions=@honoraria/source --import tsx <this file> <json args>
import { createHonoraria, isHonorariaError, staticDirectory } from '@honoraria/core';
import { createInterface } from 'node:readline';
import { actors, framework, staff } from '../../../../core/test/workflow/fixtures';
import { createPostgresDriver } from '../../../src/sql/postgres/postgres-driver';
import { createSqlStorage } from '../../../src/sql/sql-storage';

/** What the parent passes as the one argument (JSON). */
export interface RaceArgs {
  readonly url: string;
  readonly schema: string;
  readonly action: 'approve' | 'reject';
}

/** What the child prints for one request. */
export interface RaceOutcome {
  readonly id: string;
  /** The final outcome: `ok`, or `code:reason`. */
  readonly outcome: string;
  /** The `conflict` answers met before it, as `conflict:reason`. */
  readonly conflicts: readonly string[];
}

const args = JSON.parse(process.argv[2] ?? '{}') as RaceArgs;
const storage = createSqlStorage({ driver: createPostgresDriver({ connectionString: args.url, config: { max: 2 } }), schema: args.schema });
const lead = createHonoraria({ framework, storage, directory: staticDirectory(staff) }).as(actors.lead);

async function race(id: string): Promise<RaceOutcome> {
  const conflicts: string[] = [];
  for (let attempt = 1; ; attempt++) {
    try {
      if (args.action === 'approve') await lead.approvePaymentRequest({ id });
      else await lead.rejectPaymentRequest({ id, reason: 'Hors mandat' });
      return { id, outcome: 'ok', conflicts };
    } catch (error) {
      const outcome = isHonorariaError(error) ? `${error.code}:${String(error.details['reason'] ?? '')}` : `crash:${String(error)}`;
      if (!isHonorariaError(error, 'conflict') || attempt === 20) return { id, outcome, conflicts };
      conflicts.push(outcome);
    }
  }
}

await storage.get('warm', 'up'); // open a connection before the first round
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'end') break;
  process.stdout.write(`${JSON.stringify(await race(line))}\n`);
}
await storage.close();
