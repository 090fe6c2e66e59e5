import type { Framework } from '../../framework/framework-config';
import type { StorageReader } from '../../ports/storage-adapter';
import type { TaxProfile } from '../../schemas/tax-profile';
import type { TaxYearLedger } from '../../schemas/tax-year-ledger';
import type { SlipToIssue } from '../../tax/slips-to-issue';
import { slipsToIssue } from '../../tax/slips-to-issue';
import { buildTaxLedgers } from '../../tax/tax-ledger';
import { listLedgerEntries, toLedgerPayment } from '../ledger-entry';
import { findTaxProfile } from '../partners/partner-store';

type Reader = Pick<StorageReader, 'get' | 'list'>;

/** The ledgers of a tax year (per partner and payer), built by the core tax-ledger functions from the ledger entries. */
export async function yearLedgers(reader: Reader, framework: Pick<Framework, 'timeZone' | 'tax' | 'currency'>, year: number, partnerId?: string): Promise<TaxYearLedger[]> {
  const entries = await listLedgerEntries(reader, { year, ...(partnerId === undefined ? {} : { partnerId }) });
  const ledgers = buildTaxLedgers(entries.map(toLedgerPayment), { timeZone: framework.timeZone, rules: framework.tax.rules, currency: framework.currency });
  return ledgers.filter((l) => l.year === year);
}

/** The tax profile of each partner of the ledgers (`undefined` when none): provinces for provincial slips, SIN status. */
export async function taxProfilesOf(reader: Reader, ledgers: readonly TaxYearLedger[]): Promise<Map<string, TaxProfile | undefined>> {
  const profiles = new Map<string, TaxProfile | undefined>();
  for (const ledger of ledgers) {
    if (profiles.has(ledger.partnerId)) continue;
    profiles.set(ledger.partnerId, (await findTaxProfile(reader, ledger.partnerId))?.data.entity);
  }
  return profiles;
}

/** The slips the framework's rules call for in a year, for these ledgers (partners' provinces from their tax profiles). */
export function requiredSlips(
  framework: Pick<Framework, 'tax'>,
  year: number,
  ledgers: readonly TaxYearLedger[],
  profiles: ReadonlyMap<string, TaxProfile | undefined>,
): SlipToIssue[] {
  return slipsToIssue(ledgers, { year, rules: framework.tax.rules, provinceOf: (id) => profiles.get(id)?.province });
}

/** The key of a slip: one per partner, payer, year and rule. */
export function slipKey(slip: { readonly partnerId: string; readonly payerId: string; readonly year: number; readonly ruleId: string }): string {
  return `${slip.partnerId}\u0000${slip.payerId}\u0000${slip.year}\u0000${slip.ruleId}`;
}
