import { singleLineText, stripBidiControls } from '../encoding/inert-text';
import { HonorariaError } from '../errors/honoraria-error';
import type { LocalizedText } from '../i18n/lang';
import type { OutgoingNotification } from '../ports/notifier';
import type { AuditRecord, JsonValue, PutInput, StorageTransaction, StoredRecord } from '../ports/storage-adapter';
import type { Actor } from './actor';
import { hashAuditEvent } from './audit-chain';
import { toJson } from './canonical-json';
import type { OutboxEntry } from './outbox-entry';
import { OUTBOX_COLLECTION } from './outbox-entry';
import type { IdGenerator } from '../ports/id-generator';

/** What a command writes to the audit log for one state change. */
export interface AuditInput {
  readonly subjectType: string;
  readonly subjectId: string;
  readonly action: string;
  readonly fromState?: string | null;
  readonly toState?: string | null;
  readonly data?: JsonValue;
  /** The person an approver acts for under a delegation. */
  readonly actingFor?: string | null;
}

/** A notification to queue: everything but the outbox id, which the scope assigns. */
export type NotificationDraft = Omit<OutgoingNotification, 'id'>;

/**
 * What a command works with inside its one storage transaction: the actor, the instant of the
 * command, reads and versioned writes, the audit log (hash-chained per subject) and the outbox.
 */
export class CommandScope {
  /** ISO form of {@link CommandScope.now}. */
  readonly at: string;

  constructor(
    /** The storage transaction. */
    readonly tx: StorageTransaction,
    /** Who runs the command. */
    readonly actor: Actor,
    /** The instant of the command, read once from the clock. */
    readonly now: Date,
    private readonly ids: IdGenerator,
  ) {
    this.at = now.toISOString();
  }

  /** A new identifier with a prefix. */
  newId(prefix: string): string {
    return this.ids.next(prefix);
  }

  /** Reads a record; `not_found` when it does not exist. */
  async load<T>(collection: string, id: string, label?: LocalizedText): Promise<StoredRecord<T>> {
    const record = await this.tx.get<T>(collection, id);
    if (record === null) {
      throw new HonorariaError('not_found', {
        message: label && { fr: `${label.fr} introuvable.`, en: `${label.en} not found.` },
        details: { collection, id },
      });
    }
    return record;
  }

  /** Writes a record at its expected version (a stale version is a `conflict`). */
  async put<T>(input: Omit<PutInput, 'data'> & { readonly data: T }): Promise<StoredRecord<T>> {
    return (await this.tx.put({ ...input, data: toJson(input.data) as JsonValue })) as unknown as StoredRecord<T>;
  }

  /**
   * Appends an audit event for a state change, chained to the subject's previous event by its
   * hash. Returns the stored event; its `seq` and `hash` are the subject's new audit head.
   */
  async audit(input: AuditInput): Promise<AuditRecord> {
    const previous = await this.tx.lastAudit(input.subjectId);
    const event = {
      id: this.ids.next('aud'),
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      seq: (previous?.seq ?? 0) + 1,
      at: this.at,
      actor: { id: this.actor.id, roles: [...this.actor.roles], actingFor: input.actingFor ?? null },
      action: input.action,
      fromState: input.fromState ?? null,
      toState: input.toState ?? null,
      data: input.data === undefined ? null : toJson(input.data),
      prevHash: previous?.hash ?? null,
    };
    return this.tx.appendAudit({ ...event, hash: hashAuditEvent(event) });
  }

  /**
   * Queues a notification in the outbox, in this transaction: it is sent only if the command
   * commits. The subject, the recipient's name and link labels become single inert lines and the
   * body loses its bidirectional controls, whatever user text they quote and whatever notifier
   * sends them (see {@link singleLineText}).
   */
  async notify(draft: NotificationDraft): Promise<string> {
    const id = this.ids.next('out');
    const entry: OutboxEntry = {
      ...draft,
      to: draft.to.name === undefined ? draft.to : { ...draft.to, name: singleLineText(draft.to.name) },
      subject: singleLineText(draft.subject),
      text: stripBidiControls(draft.text),
      links: draft.links.map((link) => ({ ...link, label: singleLineText(link.label) })),
      id,
      status: 'pending',
      attempts: 0,
      createdAt: this.at,
      nextAttemptAt: this.at,
      sentAt: null,
      lastErrorCode: null,
      providerId: null,
    };
    await this.tx.put({
      collection: OUTBOX_COLLECTION,
      id,
      data: toJson(entry),
      index: { status: 'pending', dueAt: this.at, sortKey: this.at, parentId: draft.subjectRef.id },
      expectedVersion: 0,
    });
    return id;
  }
}
