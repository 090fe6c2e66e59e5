import { bench, describe } from 'vitest';
import { createMemoryStorage } from '../src/storage/memory-storage';
import { applicationAt, eligibleForm } from '../test/workflow/applications/application-helpers';
import { actors, createWorld } from '../test/workflow/fixtures';

// The whole volunteer flow, from the form to an active volunteer with a partner file (10 commands).
const flow = createWorld();
let n = 0;

// Deadlines: 1 000 applications whose phone interview is not due yet, among which runDue must
// find the due ones by the `dueAt` index.
const idle = createWorld({ storage: createMemoryStorage() });
for (let i = 0; i < 1_000; i += 1) await idle.service.as(actors.applicant(`idle_${i}`)).submitApplication(eligibleForm);
const beforeAnyDeadline = new Date('2026-03-20T12:00:00Z');

// Each iteration receives one application and fires its overdue alert (the others are done).
const firing = createWorld({ storage: createMemoryStorage() });
const late = new Date('2026-06-01T12:00:00Z');
let m = 0;

describe('volunteer programme and deadlines (memory storage)', () => {
  bench('application from the form to an active volunteer (10 commands)', async () => {
    await applicationAt(flow, 'active', actors.applicant(`a_${n++}`));
  });

  bench('runDue over 1 000 applications, none due (index scan)', async () => {
    await idle.service.runDue(beforeAnyDeadline);
  });

  bench('submitApplication + runDue firing its overdue alert', async () => {
    await firing.service.as(actors.applicant(`late_${m++}`)).submitApplication(eligibleForm);
    await firing.service.runDue(late);
  });
});
