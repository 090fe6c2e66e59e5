import { bench, describe } from 'vitest';
import type { LedgerPayment } from '../src/tax/tax-ledger';
import { buildTaxLedgers } from '../src/tax/tax-ledger';
import { slipsToIssue } from '../src/tax/slips-to-issue';
import type { TaxRule } from '../src/tax/tax-rule';

const LINES = 1_000_000;
const rules: TaxRule[] = [
  {
    id: 't4a',
    kind: 'T4A',
    label: { fr: 'T4A', en: 'T4A' },
    jurisdiction: 'CA',
    box: '028',
    thresholdCents: 50_000,
    comparison: 'above',
    alwaysIssue: false,
    effectiveFromYear: 2020,
    source: { status: 'sourced', citation: 'CRA guide RC4157' },
  },
];

// 1,000,000 payments over three calendar years to 20,000 partners from 2 payers, in time order
// (as a payout log is), a few on New Year's Eve in Montréal.
let seed = 42;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const start = Date.UTC(2025, 0, 1, 5);
const span = Date.UTC(2028, 0, 1, 5) - start;
const payments: LedgerPayment[] = Array.from({ length: LINES }, (_, i) => ({
  partnerId: `p${Math.floor(random() * 20_000)}`,
  payerId: random() < 0.5 ? 'org-a' : 'org-b',
  paidAt: new Date(start + Math.floor((i / LINES) * span)).toISOString(),
  taxableCents: Math.floor(random() * 12_000),
  nonTaxableCents: Math.floor(random() * 3_000),
  form: random() < 0.1 ? 'gift_card' : 'cash',
}));
const shuffled = [...payments].sort(() => random() - 0.5);
const options = { timeZone: 'America/Toronto', rules, currency: 'CAD' };

describe('tax ledger over 1,000,000 payment lines', () => {
  bench(
    'buildTaxLedgers, payments in time order',
    () => {
      buildTaxLedgers(payments, options);
    },
    { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 },
  );

  bench(
    'buildTaxLedgers, payments out of order (sorted first)',
    () => {
      buildTaxLedgers(shuffled, options);
    },
    { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 },
  );

  bench(
    'year-end slips of 2026 from the ledgers',
    () => {
      slipsToIssue(buildTaxLedgers(payments, options), { year: 2026, rules });
    },
    { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 },
  );
});
