// A child process of the unique-key races: its own PostgreSQL pool and its own service (random
// ids, like a second server behind a load balancer). The parent arms it for a round (schema and
// scenario), then says "go" to every worker at once; it runs one command and reports the outcome.
import { createHonoraria, isHonorariaError, staticDirectory } from '@honoraria/core';
import { randomIds } from '../../../../core/src/ports/id-generator';
import type { Honoraria } from '@honoraria/core';
import { fixedClock } from '../../../../core/src/ports/clock';
import { actors, framework, recordingNotifier, staff, textRenderer } from '../../../../core/test/workflow/fixtures';
import { createPostgresDriver } from '../../../src/sql/postgres/postgres-driver';
import { createSqlStorage } from '../../../src/sql/sql-storage';
import type { RaceScenario, WorkerMessage, WorkerReply } from './race-protocol';
import { RACE_PARTNER, RACE_MANDATE, RACE_YEAR } from './race-protocol';

const url = process.env['DATABASE_URL'];
if (url === undefined) throw new Error('race-worker: DATABASE_URL is required');
const driver = createPostgresDriver({ connectionString: url, config: { max: 2 } });

function serviceFor(schema: string): Honoraria {
  return createHonoraria({
    framework,
    storage: createSqlStorage({ driver, schema }),
    clock: fixedClock('2026-04-01T15:00:00Z'),
    ids: randomIds,
    notifier: recordingNotifier(),
    documents: textRenderer,
    directory: staticDirectory(staff),
    portalUrl: 'https://portail.example.org',
  });
}

function run(service: Honoraria, scenario: RaceScenario): Promise<unknown> {
  switch (scenario) {
    case 'generateTaxSlips':
      return service.as(actors.finance).generateTaxSlips({ year: RACE_YEAR });
    case 'proposeAmendment':
      return service.as(actors.lead).proposeAmendment({ mandateId: RACE_MANDATE, changes: { maxMinutes: 2400 }, reason: 'Plus de rencontres.' });
    case 'acceptAgreement':
      return service.as(actors.partner(RACE_PARTNER)).acceptAgreement({ partnerId: RACE_PARTNER });
  }
}

let armed: { service: Honoraria; scenario: RaceScenario } | null = null;

process.on('message', (message: WorkerMessage) => {
  const reply = (r: WorkerReply) => process.send?.(r);
  if (message.type === 'arm') {
    armed = { service: serviceFor(message.schema), scenario: message.scenario };
    reply({ type: 'ready' });
  } else if (message.type === 'go') {
    const current = armed;
    if (current === null) return reply({ type: 'done', outcome: { ok: false, code: 'not_armed' } });
    run(current.service, current.scenario).then(
      () => reply({ type: 'done', outcome: { ok: true } }),
      (error: unknown) => reply({ type: 'done', outcome: { ok: false, code: isHonorariaError(error) ? error.code : `thrown: ${String(error)}`, reason: isHonorariaError(error) ? String(error.details['reason'] ?? '') : '' } }),
    );
  } else if (message.type === 'exit') {
    void driver.close().finally(() => process.exit(0));
  }
});
process.send?.({ type: 'ready' } satisfies WorkerReply);
