import { bench, describe } from 'vitest';
import { actors, createWorld, mandateAt, mandateTerms, registerTestPartner } from '../test/workflow/fixtures';

// One service, one partner who already holds the master agreement: each iteration runs a whole
// mandate (5 commands: create, submit, approve, send, accept — the mandate document is rendered
// and filed — with the notifications queued and dispatched).
const flow = createWorld();
const flowPartner = await registerTestPartner(flow);
await mandateAt(flow, flowPartner, 'active');

// A partner's My Files with 50 active mandates and 51 documents (each mandate, and the master agreement).
const files = createWorld();
const filesPartner = await registerTestPartner(files);
for (let i = 0; i < 50; i += 1) await mandateAt(files, filesPartner, 'active', { title: `Mandat ${i}` });
const partner = files.service.as(actors.partner(filesPartner));
const first = (await partner.getMyFiles({})).mandates.active[0]?.mandate.id ?? '';

describe('mandate workflow (memory storage)', () => {
  bench('draft → submit → approve → send → accept (5 commands, 1 document filed)', async () => {
    await mandateAt(flow, flowPartner, 'active');
  });

  bench('createMandate alone', async () => {
    await flow.service.as(actors.lead).createMandate(mandateTerms(flowPartner));
  });

  bench('getMyFiles: 50 mandates, 51 documents', async () => {
    await partner.getMyFiles({});
  });

  bench('history of one mandate, verified', async () => {
    await partner.getHistory({ subjectType: 'mandate', subjectId: first });
  });
});
