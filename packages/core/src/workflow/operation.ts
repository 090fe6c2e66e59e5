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
  /** The portal's base URL, for links in notifications (no trailing slash). */
  readonly portalUrl: string;
}

/** The context of one call: the service's dependencies, who calls, and the operation's name. */
export interface OperationContext extends ServiceDeps {
  readonly actor: Actor;
  /** The operation's name, such as `approvePaymentRequest`. */
  readonly operation: string;
}

/**
 * An operation of the service: a command (changes state, in one transaction) or a query (reads).
 * Its input is validated with its zod schema before `run` is called.
 */
export interface Operation<S extends z.ZodType = z.ZodType, O = unknown> {
  readonly kind: 'command' | 'query';
  readonly input: S;
  readonly run: (ctx: OperationContext, input: z.output<S>) => Promise<O>;
}

/** Defines a command. */
export function defineCommand<S extends z.ZodType, O>(input: S, run: (ctx: OperationContext, input: z.output<S>) => Promise<O>): Operation<S, O> {
  return { kind: 'command', input, run };
}

/** Defines a query. */
export function defineQuery<S extends z.ZodType, O>(input: S, run: (ctx: OperationContext, input: z.output<S>) => Promise<O>): Operation<S, O> {
  return { kind: 'query', input, run };
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
