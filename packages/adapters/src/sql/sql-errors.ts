import { HonorariaError, isHonorariaError } from '@honoraria/core';
import { storageConflict } from '@honoraria/core/storage';

/** The SQLSTATE of a database error, if it has one. */
export function sqlStateOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

/**
 * Turns a database error into a typed error: serialization failures, deadlocks and unique
 * violations are conflicts (another transaction won); a missing table means `migrate()` was not
 * run; anything else is a storage failure. The database message stays in `cause` only, since it
 * can quote stored values.
 */
export function toStorageError(error: unknown): HonorariaError {
  if (isHonorariaError(error)) return error;
  const state = sqlStateOf(error);
  if (state === '40001' || state === '40P01' || state === '23505') return storageConflict('concurrent_transaction', { sqlState: state }, error);
  if (state === '42P01' || state === '3F000') {
    return new HonorariaError('storage_failure', {
      message: {
        fr: 'Les tables d’Honoraria sont absentes de ce schéma : appelez migrate() au démarrage.',
        en: 'Honoraria’s tables are missing from this schema: call migrate() at startup.',
      },
      details: { reason: 'not_migrated', sqlState: state },
      cause: error,
    });
  }
  return new HonorariaError('storage_failure', { details: { reason: 'database_error', sqlState: state }, cause: error });
}

/** Runs a database call and types its error. */
export async function typed<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toStorageError(error);
  }
}
