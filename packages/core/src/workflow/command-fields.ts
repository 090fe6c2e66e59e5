import * as z from 'zod';

/**
 * Input fields shared by commands, as zod schemas (the TypeScript side is `CommandOptions` in
 * `operation.ts`): spread {@link createFields} into the input of a create, submit or approve
 * command, {@link changeFields} into a command changing an existing record.
 */

/** A caller-chosen key: a retried call with the same key returns the first result and changes nothing. */
export const IdempotencyKey = z.string().min(1).max(200);

/** The version of a record the caller read: a different stored version is a `conflict`. */
export const ExpectedVersion = z.int().min(1);

/** The fields of a command that creates a record. */
export const createFields = { idempotencyKey: IdempotencyKey.optional() };

/** The fields of a command that changes an existing record. */
export const changeFields = { idempotencyKey: IdempotencyKey.optional(), expectedVersion: ExpectedVersion.optional() };

/** A page request of a listing query: the cursor of the previous page and a page size (1–200, 50 by default). */
export const pageFields = { cursor: z.string().min(1).max(2000).nullish(), limit: z.int().min(1).max(200).default(50) };
