import { isHonorariaError } from '../../errors/honoraria-error';
import { ERROR_CODES } from '../../errors/error-code';
import type { Page, StoredRecord } from '../../ports/storage-adapter';
import { SYSTEM_ACTOR } from '../actor';
import type { OperationContext, ServiceDeps } from '../operation';
import { transact } from '../operation';
import { APPLICATIONS_COLLECTION } from '../applications/application-store';
import { MANDATES_COLLECTION } from '../mandates/mandate-store';
import { PAYMENT_REQUESTS_COLLECTION } from '../payment-requests/payment-request-store';
import { handleDueApplication } from './due-application';
import type { DueFailure, DueFired, DueHandler, RunDueReport } from './due-item';
import { handleDueMandate } from './due-mandate';
import { handleDuePaymentRequest } from './due-payment-request';

/** The collections `runDue` scans, with the handler of each. */
const HANDLERS: readonly (readonly [string, DueHandler])[] = [
  [MANDATES_COLLECTION, handleDueMandate],
  [PAYMENT_REQUESTS_COLLECTION, handleDuePaymentRequest],
  [APPLICATIONS_COLLECTION, handleDueApplication],
];

/** The ids of a collection's records whose `dueAt` is at or before an instant (an index scan). */
async function dueIds(deps: ServiceDeps, collection: string, at: string): Promise<string[]> {
  const ids: string[] = [];
  for (let cursor: string | null = null; ; ) {
    const page: Page<StoredRecord> = await deps.storage.list(collection, { dueAtOrBefore: at, limit: 500, cursor });
    ids.push(...page.items.map((r) => r.id));
    if (page.nextCursor === null) return ids;
    cursor = page.nextCursor;
  }
}

/**
 * Fires what is due at `now`, as the system actor: offer expiry, mandate activation and expiry,
 * the overdue phone-interview alert, reminders to approvers and escalations. It scans each
 * collection by the `dueAt` index, then handles every record in its own transaction: the record
 * is read again, and what fires is recorded on it (with its audit event, its notifications and
 * its next `dueAt`) in the same write, so each deadline fires exactly once and running `runDue`
 * twice at the same instant changes nothing the second time. A record another writer changed
 * meanwhile is skipped (the next run sees it); a failure is reported and leaves the record due.
 */
export async function runDue(deps: ServiceDeps, now: Date): Promise<RunDueReport> {
  const at = now.toISOString();
  const ctx: OperationContext = { ...deps, clock: { now: () => new Date(now.getTime()) }, actor: SYSTEM_ACTOR, operation: 'runDue' };
  const fired: DueFired[] = [];
  const failures: DueFailure[] = [];
  let skipped = 0;
  for (const [collection, handle] of HANDLERS) {
    for (const id of await dueIds(deps, collection, at)) {
      try {
        const done = await transact(ctx, {}, async (scope) => {
          const record = await scope.tx.get(collection, id);
          const due = record?.index.dueAt ?? null;
          if (record === null || due === null || Date.parse(due) > now.getTime()) return [];
          return handle(ctx, scope, record);
        });
        fired.push(...done);
      } catch (error) {
        if (isHonorariaError(error, 'conflict')) skipped++;
        else if (isHonorariaError(error)) failures.push({ collection, id, code: error.code, message: error.messages });
        else failures.push({ collection, id, code: 'internal', message: { fr: ERROR_CODES.internal.fr, en: ERROR_CODES.internal.en } });
      }
    }
  }
  return { at, fired, failures, skipped };
}
