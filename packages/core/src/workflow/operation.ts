import type * as z from 'zod';
import type { Framework } from '../framework/framework-config';
import type { Clock } from '../ports/clock';
import type { DocumentRenderer } from '../ports/document-renderer';
import type { IdGenerator } from '../ports/id-generator';
import type { StorageAdapter } from '../ports/storage-adapter';
import type { UserDirectory } from '../ports/user-directory';
import type { Actor } from './actor';
import type { CommandScope } from './command-scope';
import { runCommand } from './run-command';

/** What every operation of the service works with. */
export interface ServiceDeps {
  readonly framework: Framework;
  readonly storage: StorageAdapter;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Renders documents for My Files; `null` files none. */
  readonly documents: DocumentRenderer | null;
  /** Finds staff members to notify. */
  readonly directory: UserDirectory;
  /** The portal's base URL, for links in notifications (no trailing slash); empty for links relative to the portal. */
  readonly portalUrl: string;
}

/** The context of one call: the service's dependencies, who calls, and the operation's name. */
export interface OperationContext extends ServiceDeps {
  readonly actor: Actor;
  /** The operation's name, such as `approvePaymentRequest`. */
  readonly operation: string;
}

/**
 * What an operation acts on, which fixes the shape of its input and result (the naming rule of
 * `docs/api-conventions.md`, checked by a test over the operation table):
 * - `record`: one existing record named by `id` (a command also takes `expectedVersion` and
 *   `idempotencyKey`); the result is `{ <entity>, version, … }`;
 * - `new`: a command that creates a record (other records it names are `<entity>Id`); it takes
 *   `idempotencyKey` and returns `{ <entity>, version, … }`;
 * - `many`: a command over many records at once (a batch), with `idempotencyKey`;
 * - `page`: a `list…` query: `cursor` and `limit` in, `{ items, nextCursor }` out;
 * - `view`: a query computing a view (a summary, a report, a file).
 */
export type OperationTarget = 'record' | 'new' | 'many' | 'page' | 'view';

/**
 * An operation of the service: a command (changes state, in one transaction) or a query (reads).
 * Its input is validated with its zod schema before `run` is called.
 */
export interface Operation<S extends z.ZodType = z.ZodType, O = unknown> {
  readonly kind: 'command' | 'query';
  /** What it acts on: see {@link OperationTarget}. */
  readonly target: OperationTarget;
  /** The kind of record it is about, camelCase (`mandate`, `paymentRequest`); `null` for views about no one kind. */
  readonly entity: string | null;
  readonly input: S;
  readonly run: (ctx: OperationContext, input: z.output<S>) => Promise<O>;
}

/** The result of an operation on one record: the record under its entity's name, and its version. */
export type EntityResult<E extends string> = { readonly [K in E]: unknown } & { readonly version: number };

/** The input fields of a command on an existing record. */
interface RecordCommandInput {
  readonly id: string;
  readonly expectedVersion?: number | undefined;
  readonly idempotencyKey?: string | undefined;
}

/** The input fields of a command that creates a record or works on many. */
interface NewCommandInput {
  readonly id?: never;
  readonly expectedVersion?: never;
  readonly idempotencyKey?: string | undefined;
}

/** The input fields of a `list…` query. */
interface PageInput {
  readonly cursor?: string | null | undefined;
  readonly limit: number;
}

/** The result of a `list…` query. */
interface PageResult {
  readonly items: readonly unknown[];
  readonly nextCursor: string | null;
}

type Run<S extends z.ZodType, O> = (ctx: OperationContext, input: z.output<S>) => Promise<O>;

/** Defines a command on an existing record, named by `id`; it returns `{ <entity>, version }`. */
export function defineCommand<E extends string, S extends z.ZodType<RecordCommandInput>, O extends EntityResult<E>>(
  shape: { readonly target: 'record'; readonly entity: E },
  input: S,
  run: Run<S, O>,
): Operation<S, O>;
/** Defines a command that creates a record; it returns `{ <entity>, version }`. */
export function defineCommand<E extends string, S extends z.ZodType<NewCommandInput>, O extends EntityResult<E>>(
  shape: { readonly target: 'new'; readonly entity: E },
  input: S,
  run: Run<S, O>,
): Operation<S, O>;
/** Defines a command over many records (a batch). */
export function defineCommand<S extends z.ZodType<NewCommandInput>, O>(shape: { readonly target: 'many'; readonly entity: string }, input: S, run: Run<S, O>): Operation<S, O>;
export function defineCommand<S extends z.ZodType, O>(shape: { readonly target: OperationTarget; readonly entity: string | null }, input: S, run: Run<S, O>): Operation<S, O> {
  return { kind: 'command', target: shape.target, entity: shape.entity, input, run };
}

/** Defines a query reading one record, named by `id`; it returns `{ <entity>, version, … }`. */
export function defineQuery<E extends string, S extends z.ZodType<{ readonly id: string }>, O extends EntityResult<E>>(
  shape: { readonly target: 'record'; readonly entity: E },
  input: S,
  run: Run<S, O>,
): Operation<S, O>;
/** Defines a `list…` query: a page of records. */
export function defineQuery<S extends z.ZodType<PageInput>, O extends PageResult>(shape: { readonly target: 'page'; readonly entity: string }, input: S, run: Run<S, O>): Operation<S, O>;
/** Defines a query computing a view. */
export function defineQuery<S extends z.ZodType, O>(shape: { readonly target: 'view'; readonly entity: string | null }, input: S, run: Run<S, O>): Operation<S, O>;
export function defineQuery<S extends z.ZodType, O>(shape: { readonly target: OperationTarget; readonly entity: string | null }, input: S, run: Run<S, O>): Operation<S, O> {
  return { kind: 'query', target: shape.target, entity: shape.entity, input, run };
}

/** A map of operations by name. */
export type OperationMap = Readonly<Record<string, Operation<z.ZodType, unknown>>>;

/** The input a caller passes to an operation (before defaults are applied). */
export type OperationInput<Op> = Op extends Operation<infer S, unknown> ? z.input<S> : never;

/** What an operation resolves to. */
export type OperationOutput<Op> = Op extends Operation<z.ZodType, infer O> ? O : never;

/**
 * The client interface of a set of operations: one async method per operation, bound to an
 * actor. The in-process service (`service.as(actor)`) and the REST client implement the same
 * interface, so a form cannot tell them apart.
 */
export type ClientOf<Ops extends OperationMap> = {
  readonly [K in keyof Ops]: (input: OperationInput<Ops[K]>) => Promise<OperationOutput<Ops[K]>>;
};

/** Input fields shared by commands: an idempotency key and, for a change to an existing record, the version the caller saw. */
export interface CommandOptions {
  /** A retried call with the same key returns the first result and changes nothing. */
  readonly idempotencyKey?: string | undefined;
  /** The version the caller read: a different stored version is a `conflict`. */
  readonly expectedVersion?: number | undefined;
}

/**
 * Runs a command's work in one transaction with the call's actor and the operation's name; the
 * input's `idempotencyKey`, if any, makes retries return the first result.
 */
export function transact<R>(ctx: OperationContext, input: CommandOptions & object, work: (scope: CommandScope) => Promise<R>): Promise<R> {
  return runCommand(ctx, { name: ctx.operation, actor: ctx.actor, input, idempotencyKey: input.idempotencyKey }, work);
}
