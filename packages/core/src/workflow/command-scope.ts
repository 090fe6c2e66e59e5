import { singleLineText, stripBidiControls } from '../encoding/inert-text';
import { HonorariaError } from '../errors/honoraria-error';
import type { LocalizedText } from '../i18n/lang';
import type { OutgoingNotification } from '../ports/notifier';
import type { AuditRecord, JsonValue, PutInput, RelatedRecords, StorageTransaction, StoredRecord } from '../ports/storage-adapter';
import type { Actor } from './actor';
import type { AuditHead } from './audit-chain';
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
  /** The latest audit event known of each subject: from the records loaded, then from the events appended. */
  readonly #heads = new Map<string, AuditHead>();

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

  /**
   * Reads a record; `not_found` when it does not exist. `related` names records to read in the
   * same round trip where the storage can (its mandate, its partner's file): the command's later
   * reads of them send nothing.
   */
  async load<T>(collection: string, id: string, label?: LocalizedText, related?: RelatedRecords): Promise<StoredRecord<T>> {
    const record = related !== undefined && this.tx.getWith !== undefined ? await this.tx.getWith<T>(collection, id, related) : await this.tx.get<T>(collection, id);
    if (record === null) {
      throw new HonorariaError('not_found', {
        message: label && { fr: `${label.fr} introuvable.`, en: `${label.en} not found.` },
        details: { collection, id },
      });
    }
    this.#rememberHead(record);
    return record;
  }

  /** An entity record carries its audit head: appending the next event needs no read of the log. */
  #rememberHead(record: StoredRecord<unknown>): void {
    const head = (record.data as { auditHead?: unknown } | null)?.auditHead as AuditHead | null | undefined;
    if (head === null || typeof head !== 'object' || typeof head.seq !== 'number' || typeof head.hash !== 'string') return;
    const known = this.#heads.get(record.id);
    if (known === undefined || head.seq > known.seq) this.#heads.set(record.id, { seq: head.seq, hash: head.hash });
  }

  /** Writes a record at its expected version (a stale version is a `conflict`). */
  async put<T>(input: Omit<PutInput, 'data'> & { readonly data: T }): Promise<StoredRecord<T>> {
    return (await this.tx.put({ ...input, data: toJson(input.data) as JsonValue })) as unknown as StoredRecord<T>;
  }

  /**
   * Appends an audit event for a state change, chained to the subject's previous event by its
   * hash. Returns the event; its `seq` and `hash` are the subject's new audit head. Its
   * `position` is 0 when the storage assigns positions at commit.
   *
   * `previous` is the subject's audit head when the caller knows it (the record it loaded
   * carries it; `null` for a new subject): no read is needed then. The storage still refuses
   * an event that does not follow the stored last one.
   */
  async audit(input: AuditInput, previous?: AuditHead | null): Promise<AuditRecord> {
    const own = this.#heads.get(input.subjectId);
    const head = previous !== undefined ? previous : own !== undefined ? own : await this.tx.lastAudit(input.subjectId);
    const last = own !== undefined && (head === null || own.seq > head.seq) ? own : head;
    const event = await this.#append(input, last);
    this.#heads.set(input.subjectId, { seq: event.seq, hash: event.hash });
    return event;
  }

  async #append(input: AuditInput, previous: AuditHead | null): Promise<AuditRecord> {
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
    const full = { ...event, hash: hashAuditEvent(event) };
    if (this.tx.queueAudit === undefined) return this.tx.appendAudit(full);
    await this.tx.queueAudit(full);
    return { ...full, position: 0 };
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
