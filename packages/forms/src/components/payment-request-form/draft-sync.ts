import type { HonorariaClient, PaymentRequest } from '@honoraria/core';
import { isNetworkError, newKey } from '../../internal/client-source';
import type { DraftMirror, QueuedCommand } from '../../internal/draft-mirror';
import { writeMirror } from '../../internal/draft-mirror';
import type { DraftRows } from './draft-rows';
import { completeEntries, completeExpenses } from './draft-rows';

/** The server's answer to a draft command. */
export interface DraftResult {
  readonly paymentRequest: PaymentRequest;
  readonly version: number;
}

/** What the sync tells its element. */
export interface DraftSyncHost {
  readonly client: HonorariaClient | undefined;
  readonly storageKey: string;
  readonly mandateId: string;
  readonly step: 'lines' | 'review';
  readonly rows: DraftRows;
  /** A command answered (a save, a submission). */
  saved(result: DraftResult): void;
  /** The service refused a command (validation, conflict…). */
  failed(error: unknown): void;
  /** Commands are waiting for the network (`true`) or were all replayed (`false`). */
  queued(waiting: boolean): void;
}

/**
 * The draft's record is the server's: `save()` creates the draft, then updates it at the version
 * last read (`expectedVersion`), each command with its own idempotency key, one at a time in
 * order. IndexedDB mirrors the rows and where the partner is; a command that cannot reach the
 * network is queued there and `replay()` sends the queue in order (ids and versions filled from
 * the answers as they come back).
 */
export class DraftSync {
  draftId: string | null = null;
  version: number | null = null;
  private queue: QueuedCommand[] = [];
  private chain: Promise<unknown> = Promise.resolve();
  private lastSent = '';

  constructor(private readonly host: DraftSyncHost) {}

  /** Whether commands are waiting for the network. */
  get waiting(): boolean {
    return this.queue.length > 0;
  }

  /** Takes over a mirror read from the device. */
  adopt(mirror: DraftMirror): void {
    this.draftId = mirror.draftId;
    this.version = mirror.version;
    this.queue = [...mirror.queue];
  }

  /** Writes the device's copy. */
  mirror(): Promise<void> {
    const h = this.host;
    return writeMirror(h.storageKey, { draftId: this.draftId, version: this.version, mandateId: h.mandateId, step: h.step, rows: structuredClone(h.rows), queue: this.queue }).catch(() => undefined);
  }

  /** Saves the rows now (after the commands before it). Resolves once the server answered or the command was queued. */
  save(): Promise<void> {
    return this.enqueue(() => this.saveNow());
  }

  /** Runs a command in the sync's order (a submission, a receipt). */
  enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async saveNow(): Promise<void> {
    const h = this.host;
    if (h.client === undefined || h.mandateId === '') return;
    const entries = completeEntries(h.rows.entries);
    const expenses = completeExpenses(h.rows.expenses);
    const content = JSON.stringify({ m: h.mandateId, entries, expenses });
    if (content === this.lastSent && this.queue.length === 0) return void (await this.mirror());
    if (this.draftId === null && entries.length === 0 && expenses.length === 0) return void (await this.mirror());
    this.lastSent = content;
    const command: QueuedCommand =
      this.draftId === null && !this.queue.some((c) => c.name === 'createPaymentRequest')
        ? { name: 'createPaymentRequest', input: { mandateId: h.mandateId, entries, expenses, idempotencyKey: newKey() } }
        : { name: 'updatePaymentRequest', input: { entries, expenses, idempotencyKey: newKey() } };
    await this.send(command);
  }

  /** Sends a command now, or queues it behind the ones waiting. */
  async send(command: QueuedCommand): Promise<DraftResult | null> {
    if (this.queue.length > 0) {
      this.queue.push(command);
      await this.mirror();
      return null;
    }
    return this.attempt(command);
  }

  private async attempt(command: QueuedCommand): Promise<DraftResult | null> {
    const client = this.host.client;
    if (client === undefined) return null;
    const input = command.name === 'createPaymentRequest' ? command.input : { ...command.input, id: this.draftId, expectedVersion: this.version };
    try {
      const call = client[command.name] as (input: unknown) => Promise<DraftResult>;
      const result = await call(input);
      this.draftId = result.paymentRequest.id;
      this.version = result.version;
      await this.mirror();
      this.host.saved(result);
      return result;
    } catch (error) {
      if (isNetworkError(error)) {
        // Keep the filled id and version only when known: a queued update after a queued create gets them at replay.
        this.queue.push(this.draftId === null ? command : { name: command.name, input });
        await this.mirror();
        this.host.queued(true);
        return null;
      }
      this.lastSent = '';
      this.host.failed(error);
      throw error;
    }
  }

  /** Sends the queued commands in order; stops at the first that still cannot reach the network. */
  replay(): Promise<boolean> {
    return this.enqueue(async () => {
      while (this.queue.length > 0) {
        const [first, ...rest] = this.queue;
        this.queue = [];
        const result = await this.attempt(first!).catch(() => null);
        if (result === null && this.queue.length > 0) {
          this.queue = [...this.queue, ...rest];
          await this.mirror();
          return false;
        }
        this.queue = [...this.queue, ...rest];
      }
      await this.mirror();
      this.host.queued(false);
      return true;
    });
  }
}
