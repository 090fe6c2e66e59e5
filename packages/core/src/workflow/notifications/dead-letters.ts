import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { Id } from '../../schemas/common';
import { toJson } from '../canonical-json';
import { requireAdministration } from '../authorization';
import { changeFields, pageFields } from '../command-fields';
import { defineCommand, defineQuery, transact } from '../operation';
import type { OutboxEntry } from '../outbox-entry';
import { OUTBOX_COLLECTION } from '../outbox-entry';

/** The subject type of outbox entries in the audit log. */
export const NOTIFICATION_SUBJECT = 'notification';

/**
 * A notification as the administration sees it in the dead letters: who it was for, what it was
 * about, how often it was tried and the last error code. Never its body.
 */
export interface NotificationSummary {
  readonly id: string;
  readonly template: string;
  readonly lang: OutboxEntry['lang'];
  readonly to: OutboxEntry['to'];
  readonly subject: string;
  readonly subjectRef: OutboxEntry['subjectRef'];
  readonly status: OutboxEntry['status'];
  readonly attempts: number;
  readonly createdAt: string;
  readonly lastErrorCode: string | null;
}

function summaryOf(entry: OutboxEntry): NotificationSummary {
  const { id, template, lang, to, subject, subjectRef, status, attempts, createdAt, lastErrorCode } = entry;
  return { id, template, lang, to, subject, subjectRef, status, attempts, createdAt, lastErrorCode };
}

/** A page of {@link listDeadLetters}. */
export interface DeadLetterPage {
  readonly items: readonly { readonly notification: NotificationSummary; readonly version: number }[];
  readonly nextCursor: string | null;
}

/**
 * The notifications given up on (`dead`: refused for good by the mail server, or still failing
 * past the retry horizon), newest first. For the administration, which can send them again
 * with {@link resendNotification}.
 */
export const listDeadLetters = defineQuery({ target: 'page', entity: 'notification' }, z.object({ ...pageFields }).strict(), async (ctx, input): Promise<DeadLetterPage> => {
  requireAdministration(ctx);
  const page = await ctx.storage.list<OutboxEntry>(OUTBOX_COLLECTION, { where: { status: 'dead' }, order: 'desc', limit: input.limit, cursor: input.cursor ?? null });
  return { items: page.items.map((r) => ({ notification: summaryOf(r.data), version: r.version })), nextCursor: page.nextCursor };
});

/** What {@link resendNotification} returns. */
export interface ResendNotificationResult {
  readonly notification: NotificationSummary;
  readonly version: number;
}

/**
 * Sends a dead notification again (the administration, after fixing an address or once the mail
 * server is back): it goes back to the outbox, due now, with a fresh retry horizon, and keeps its
 * id (so its Message-ID) — a receiving system that got it after all sees a duplicate. Audited.
 * `invalid_transition` unless it is dead.
 */
export const resendNotification = defineCommand({ target: 'record', entity: 'notification' }, z.object({ id: Id, ...changeFields }).strict(), (ctx, input) => {
  requireAdministration(ctx);
  return transact(ctx, input, async (scope): Promise<ResendNotificationResult> => {
    const record = await scope.load<OutboxEntry>(OUTBOX_COLLECTION, input.id, { fr: 'Notification', en: 'Notification' });
    if (input.expectedVersion !== undefined && input.expectedVersion !== record.version) {
      throw new HonorariaError('conflict', { details: { collection: OUTBOX_COLLECTION, id: input.id, expectedVersion: input.expectedVersion, version: record.version } });
    }
    if (record.data.status !== 'dead') {
      throw new HonorariaError('invalid_transition', {
        message: { fr: 'Seule une notification abandonnée peut être renvoyée.', en: 'Only a notification that was given up on can be sent again.' },
        details: { machine: 'notification', from: record.data.status, event: 'RESEND' },
      });
    }
    const entry: OutboxEntry = { ...record.data, status: 'pending', nextAttemptAt: scope.at, retryFrom: scope.at, lastErrorCode: record.data.lastErrorCode };
    const written = await scope.put<OutboxEntry>({
      collection: OUTBOX_COLLECTION,
      id: record.id,
      data: toJson(entry),
      index: { ...record.index, status: 'pending', dueAt: scope.at },
      expectedVersion: record.version,
    });
    await scope.audit({ subjectType: NOTIFICATION_SUBJECT, subjectId: record.id, action: 'notification.resend', fromState: 'dead', toState: 'pending', data: { template: entry.template, attempts: entry.attempts } });
    return { notification: summaryOf(written.data), version: written.version };
  });
});
