import { HonorariaError, isHonorariaError } from '../errors/honoraria-error';
import type { Framework } from '../framework/framework-config';
import { parseOrThrow } from '../i18n/zod-issues';
import type { Clock } from '../ports/clock';
import { systemClock } from '../ports/clock';
import type { DocumentRenderer } from '../ports/document-renderer';
import type { IdGenerator } from '../ports/id-generator';
import { randomIds } from '../ports/id-generator';
import type { Notifier } from '../ports/notifier';
import type { StorageAdapter } from '../ports/storage-adapter';
import type { UserDirectory } from '../ports/user-directory';
import { staticDirectory } from '../ports/user-directory';
import { checkedDirectory, consoleWarnings } from './checked-directory';
import type { WarningSink } from './checked-directory';
import type { Actor } from './actor';
import { Actor as ActorSchema, withAdministrationRole } from './actor';
import type { Operation, ServiceDeps } from './operation';
import type { HonorariaClient, HonorariaOperations, OperationName } from './operations';
import { operations } from './operations';
import type { DispatchReport, OutboxDispatcherOptions } from './outbox-dispatcher';
import { createOutboxDispatcher } from './outbox-dispatcher';
import type { RunDueReport } from './deadlines/due-item';
import { runDue } from './deadlines/run-due';

/** Options of {@link createHonoraria} every service takes. */
interface BaseOptions {
  /** The institution's framework, from `defineFramework`. */
  readonly framework: Framework;
  /**
   * Where everything is stored: a SQL adapter (`@honoraria/adapters/sql`), IndexedDB, or
   * `createMemoryStorage()` for tests and demos (everything is lost when the process ends).
   */
  readonly storage: StorageAdapter;
  /** The clock; the system clock by default. */
  readonly clock?: Clock;
  /** Identifier generator; random by default. */
  readonly ids?: IdGenerator;
  /** Renders documents filed in My Files (`@honoraria/pdf` provides one); none by default. */
  readonly documents?: DocumentRenderer | null;
  /**
   * Finds staff members to notify (project leads, approvers, the administration). A lookup that
   * finds nobody is reported to `onWarning`: that person's email cannot be sent.
   */
  readonly directory?: UserDirectory;
  /** Receives what the service could not do as configured (a staff member missing from the directory); `console.warn` by default. */
  readonly onWarning?: WarningSink;
  /**
   * When the outbox is sent after a command commits:
   * - `'background'` (default when a notifier is set; `true` means the same): a dispatch starts
   *   beside the service and the command returns without waiting for it, so a slow or unreachable
   *   mail server never delays a command;
   * - `'inline'`: the command waits for the dispatch — for tests and demos with an in-process
   *   notifier only;
   * - `false`: only {@link Honoraria.dispatch}, {@link Honoraria.runDue} and
   *   {@link Honoraria.startOutboxDispatcher} send.
   */
  readonly autoDispatch?: boolean | 'background' | 'inline';
  /** How the outbox retries: retry horizon (72 hours by default), backoff, jitter, lease. */
  readonly outbox?: OutboxRetryOptions;
}

/**
 * Options of {@link createHonoraria}. With a notifier, `portalUrl` is required: every email links
 * to the portal. Without one, notifications wait in the outbox and their links are paths
 * relative to the portal (`/mandates/…`) unless `portalUrl` is given.
 */
export type HonorariaOptions = BaseOptions &
  (
    | {
        /** Sends notifications from the outbox. */
        readonly notifier: Notifier;
        /** The portal's base URL, for links in notifications (`https://partners.example.org`). */
        readonly portalUrl: string;
      }
    | { readonly notifier?: null; readonly portalUrl?: string }
  );

/** The workflow service. */
export interface Honoraria {
  /** The framework it runs. */
  readonly framework: Framework;
  /** The storage it writes to. */
  readonly storage: StorageAdapter;
  /** Each operation's name and kind. */
  readonly operations: Readonly<Record<OperationName, 'command' | 'query'>>;
  /** The client interface bound to an actor: every operation as a method. */
  as(actor: Actor): HonorariaClient;
  /**
   * Runs an operation by name: validates the actor (`unauthenticated` when malformed) and the
   * input (`validation_failed`, issues by path in French and English), then runs it. What the
   * HTTP handler calls.
   */
  execute(name: string, actor: unknown, input: unknown): Promise<unknown>;
  /** Sends what the outbox holds (after a notifier outage, say). */
  dispatch(now?: Date): Promise<DispatchReport>;
  /**
   * Runs the outbox dispatcher beside the service: a dispatch every `intervalMs` (30 s by
   * default), never two at once. `stop()` ends it and waits for the dispatch under way.
   */
  startOutboxDispatcher(options?: { readonly intervalMs?: number }): OutboxDispatcherHandle;
  /** Resolves when the background dispatch started after commands (if any) has finished. */
  idle(): Promise<void>;
  /**
   * Fires what is due at `now` (the clock by default), as the system actor: offer expiry,
   * mandate activation and expiry, the overdue phone-interview alert, reminders and escalations.
   * Each fires once; running it twice at the same instant changes nothing the second time. Run
   * it on a schedule (every few minutes, say).
   */
  runDue(now?: Date): Promise<RunDueReport>;
}

/** The retry settings of the outbox, as {@link HonorariaOptions.outbox} takes them. */
export type OutboxRetryOptions = Pick<OutboxDispatcherOptions, 'retryHorizonMs' | 'maxAttempts' | 'backoff' | 'jitter' | 'random' | 'leaseMs' | 'batchSize' | 'recordSentAttempts' | 'sleep'>;

/** A dispatcher running beside the service, from {@link Honoraria.startOutboxDispatcher}. */
export interface OutboxDispatcherHandle {
  /** Stops the timer and waits for the dispatch under way. */
  stop(): Promise<void>;
}

/**
 * Creates the workflow service: one command per transition and the queries a portal needs,
 * each authorized for its actor, validated, and (for commands) run in one storage transaction
 * with its audit event and outbox notifications.
 */
export function createHonoraria(options: HonorariaOptions): Honoraria {
  const notifier = options.notifier ?? null;
  if ((options.storage as StorageAdapter | undefined) === undefined) {
    throw new HonorariaError('validation_failed', {
      message: {
        fr: 'createHonoraria : « storage » est requis (createMemoryStorage() pour des essais).',
        en: 'createHonoraria: `storage` is required (createMemoryStorage() for tests and demos).',
      },
      details: { option: 'storage' },
    });
  }
  if (notifier !== null && !(typeof options.portalUrl === 'string' && /^https?:\/\/./.test(options.portalUrl))) {
    throw new HonorariaError('validation_failed', {
      message: {
        fr: 'createHonoraria : « portalUrl » (une adresse http ou https) est requis avec un notificateur, pour les liens des courriels.',
        en: 'createHonoraria: `portalUrl` (an http or https URL) is required with a notifier, for the links in emails.',
      },
      details: { option: 'portalUrl' },
    });
  }
  const deps: ServiceDeps = {
    framework: options.framework,
    storage: options.storage,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? randomIds,
    documents: options.documents ?? null,
    directory: checkedDirectory(options.directory ?? staticDirectory([]), options.onWarning ?? consoleWarnings),
    portalUrl: (options.portalUrl ?? '').replace(/\/+$/, ''),
  };
  const dispatcher = notifier === null ? null : createOutboxDispatcher({ ...options.outbox, storage: deps.storage, notifier, clock: deps.clock });
  const mode = options.autoDispatch ?? dispatcher !== null;
  const autoDispatch: 'background' | 'inline' | false = mode === true ? 'background' : mode;
  let running: Promise<void> | null = null;
  let again = false;

  /** Dispatches, swallowing typed failures (entries stay in the outbox); one run at a time, one more if asked meanwhile. */
  function dispatchBeside(now?: Date): Promise<void> {
    if (dispatcher === null) return Promise.resolve();
    if (running !== null) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await dispatcher.dispatch(now).catch(() => undefined); // failures are recorded on each entry; a storage outage waits for the next run
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  }
  const table = operations as Readonly<Record<string, Operation>>;
  const kinds = Object.fromEntries(Object.entries(table).map(([name, op]) => [name, op.kind])) as Record<OperationName, 'command' | 'query'>;

  async function execute(name: string, actorInput: unknown, input: unknown): Promise<unknown> {
    const operation = Object.hasOwn(table, name) ? table[name] : undefined;
    if (operation === undefined) throw new HonorariaError('not_found', { details: { operation: name } });
    const parsedActor = ActorSchema.safeParse(actorInput);
    if (!parsedActor.success) throw new HonorariaError('unauthenticated');
    const parsed = parseOrThrow(operation.input, input ?? {});
    const actor = withAdministrationRole(parsedActor.data, deps.framework.approvalPolicy.administrationRole);
    const result = await operation.run({ ...deps, actor, operation: name }, parsed);
    if (operation.kind === 'command' && dispatcher !== null) {
      // The command has committed: a notifier failure leaves the entries in the outbox for later.
      if (autoDispatch === 'inline') {
        await dispatcher.dispatch().catch((error: unknown) => {
          if (!isHonorariaError(error)) throw error;
        });
      } else if (autoDispatch === 'background') void dispatchBeside();
    }
    return result;
  }

  return {
    framework: deps.framework,
    storage: deps.storage,
    operations: kinds,
    as(actor) {
      const client: Record<string, (input: unknown) => Promise<unknown>> = {};
      for (const name of Object.keys(table)) client[name] = (input) => execute(name, actor, input);
      return client as HonorariaClient;
    },
    execute,
    async dispatch(now) {
      if (dispatcher === null) return { sent: 0, retried: 0, dead: 0, skipped: 0 };
      return dispatcher.dispatch(now);
    },
    async runDue(now) {
      const at = now ?? deps.clock.now();
      const report = await runDue(deps, at);
      // A scheduled job, not a command: it sends the outbox (retries included) before it returns.
      if (dispatcher !== null && autoDispatch !== false) await dispatchBeside(at);
      return report;
    },
    startOutboxDispatcher(startOptions = {}) {
      const intervalMs = Math.max(startOptions.intervalMs ?? 30_000, 10);
      const timer = setInterval(() => void dispatchBeside(), intervalMs);
      void dispatchBeside();
      return {
        async stop() {
          clearInterval(timer);
          await (running ?? Promise.resolve());
        },
      };
    },
    idle() {
      return running ?? Promise.resolve();
    },
  };
}

/** The operations map, for tools that need each operation's input schema (documentation, forms). */
export const honorariaOperations: HonorariaOperations = operations;
