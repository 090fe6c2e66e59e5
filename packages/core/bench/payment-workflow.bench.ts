import { bench, describe } from 'vitest';
import type { JsonValue } from '../src/ports/storage-adapter';
import { toJson } from '../src/workflow/canonical-json';
import type { LedgerEntry } from '../src/workflow/ledger-entry';
import { LEDGER_ENTRIES_COLLECTION, ledgerEntryIndex } from '../src/workflow/ledger-entry';
import { actors } from '../test/workflow/fixtures';
import { createPaymentWorld, seedActiveMandate, seedPartner, submitRequest, WORKED, ZOE } from '../test/workflow/payment-requests/payment-fixtures';

// One service with a large mandate: each iteration writes, submits and approves a 3-line request.
const commands = createPaymentWorld();
await seedPartner(commands, { id: ZOE });
await seedActiveMandate(commands, { id: 'mnd_1', budgetCapCents: 1_000_000_000 });
const lead = commands.service.as(actors.lead);

// A year of ledger entries: 1 000 partners × 5 payments, and 1 000 approved requests for payroll.
const reports = createPaymentWorld();
const PARTNERS = 1_000;
await reports.storage.transaction(async (tx) => {
  for (let p = 0; p < PARTNERS; p += 1) {
    for (let k = 0; k < 5; k += 1) {
      const paidAt = new Date(Date.UTC(2026, 2 + k, 10, 15)).toISOString();
      const entry: LedgerEntry = {
        id: `led_${p}_${k}`,
        kind: 'payment',
        partnerId: `ptn_${String(p).padStart(4, '0')}`,
        payerId: 'org',
        year: 2026,
        month: 3 + k,
        paidAt,
        paidOn: paidAt.slice(0, 10),
        currency: 'CAD',
        taxableCents: 12_000 + p,
        nonTaxableCents: 1_500,
        form: 'cash',
        paymentRequestId: `prq_${p}_${k}`,
        payoutId: `pay_${p}_${k}`,
        mandateId: `mnd_${p}`,
        createdAt: paidAt,
      };
      await tx.put({ collection: LEDGER_ENTRIES_COLLECTION, id: entry.id, data: toJson({ entity: entry, machine: null, auditHead: null }) as JsonValue, index: ledgerEntryIndex(entry), expectedVersion: 0 });
    }
  }
});
await seedPartner(reports, { id: ZOE });
await seedActiveMandate(reports, { id: 'mnd_1', budgetCapCents: 1_000_000_000 });
for (let i = 0; i < 200; i += 1) {
  const { id } = await submitRequest(reports, 'mnd_1', structuredClone(WORKED));
  await reports.service.as(actors.lead).approvePaymentRequest({ id });
}
const finance = reports.service.as(actors.finance);

describe('payment workflow (memory storage)', () => {
  bench('create + submit + approve a 3-line request (3 commands)', async () => {
    const { id } = await submitRequest(commands, 'mnd_1', structuredClone(WORKED));
    await lead.approvePaymentRequest({ id });
  });

  bench('getTaxSummary of a year: 1 000 partners × 5 payments', async () => {
    await finance.getTaxSummary({ year: 2026 });
  });

  bench('exportPayrollCsv of 200 approved requests (finance, unmasked)', async () => {
    await finance.exportPayrollCsv({});
  });
});
