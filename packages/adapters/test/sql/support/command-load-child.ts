// A child process of the connection-loss test: its own service, pool and storage on the shared
// schema, running registerPartner commands for `durationMs`, `concurrency` at a time, each with its own
// idempotency key, retried while it fails with a retryable storage_failure. Prints one JSON line
// (a LoadReport) on stdout. Run with: node --conditions=@honoraria/source --import tsx <this file> <json args>
import { createHonoraria, isHonorariaError } from '@honoraria/core';
import { actors, framework } from '../../../../core/test/workflow/fixtures';
import { createPostgresDriver } from '../../../src/sql/postgres/postgres-driver';
import { createSqlStorage } from '../../../src/sql/sql-storage';

/** What the parent passes as the one argument (JSON). */
export interface LoadArgs {
  readonly url: string;
  readonly schema: string;
  readonly applicationName: string;
  readonly process: number;
  /** How long to keep starting commands, in milliseconds. */
  readonly durationMs: number;
  readonly concurrency: number;
}

/** What the child prints. */
export interface LoadReport {
  readonly process: number;
  /** Commands started. */
  readonly started: number;
  /** Commands that returned a result. */
  readonly succeeded: number;
  /** Commands that failed at least once with a retryable storage_failure. */
  readonly retriedCommands: number;
  /** Failed attempts in all. */
  readonly retries: number;
  /** Errors that were not retryable storage failures, or commands that never succeeded. */
  readonly failures: readonly string[];
  /** Background connection errors the driver reported through `onConnectionError`. */
  readonly connectionErrors: number;
  /** Each command's partner id, by idempotency key. */
  readonly results: Readonly<Record<string, string>>;
}

const args = JSON.parse(process.argv[2] ?? '{}') as LoadArgs;
let connectionErrors = 0;
const driver = createPostgresDriver({
  connectionString: args.url,
  config: { max: 3, application_name: args.applicationName },
  onConnectionError: () => void connectionErrors++,
});
const storage = createSqlStorage({ driver, schema: args.schema });
const service = createHonoraria({ framework, storage });
const secretariat = service.as(actors.secretariat);

const results: Record<string, string> = {};
const failures: string[] = [];
let retries = 0;
let retriedCommands = 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function one(n: number): Promise<void> {
  const key = `p${args.process}-c${n}`;
  let failedOnce = false;
  for (let attempt = 1; attempt <= 40; attempt++) {
    try {
      const file = await secretariat.registerPartner({
        name: `Load ${key}`,
        email: `${key}@example.org`,
        lang: 'fr',
        roles: ['patient'],
        paymentProfile: { method: 'direct_deposit', bank: { institution: '001', transit: '12345', account: '1234567' } },
        idempotencyKey: key,
      });
      results[key] = file.partner.id;
      if (failedOnce) retriedCommands++;
      return;
    } catch (error) {
      if (isHonorariaError(error, 'storage_failure') && error.details['retryable'] === true) {
        failedOnce = true;
        retries++;
        await sleep(5 + Math.random() * 20);
        continue;
      }
      failures.push(`${key}: ${isHonorariaError(error) ? `${error.code} ${JSON.stringify(error.details)}` : String(error)}`);
      return;
    }
  }
  failures.push(`${key}: still failing after 40 attempts`);
}

let next = 0;
const end = Date.now() + args.durationMs;
await Promise.all(
  Array.from({ length: args.concurrency }, async () => {
    while (Date.now() < end) await one(next++);
  }),
);
await storage.close();
const report: LoadReport = { process: args.process, started: next, succeeded: Object.keys(results).length, retriedCommands, retries, failures, connectionErrors, results };
process.stdout.write(`${JSON.stringify(report)}\n`);
