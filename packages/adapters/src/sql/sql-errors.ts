import { HonorariaError, isHonorariaError } from '@honoraria/core';
import { storageConflict } from '@honoraria/core/storage';

/** Network errors of Node's sockets (`error.code`), which are not SQLSTATEs even when five letters long. */
const SOCKET_ERRORS = new Set(['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EAI_AGAIN']);

/** The SQLSTATE of a database error, if it has one. */
export function sqlStateOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !SOCKET_ERRORS.has(code) ? code : null;
}

/**
 * Whether an error means the connection to the database was lost or could not be made: a
 * connection exception (SQLSTATE class `08`), the server ending the session (`57P01`
 * administrator command, `57P02` crash, `57P03` starting up, `57P05` idle timeout, `25P03` idle
 * in transaction), a socket error, or the driver's own "connection terminated" and "not
 * queryable" errors. Such a call may be retried; with an idempotency key a command is safe to
 * retry even when the connection dropped during `COMMIT`.
 */
export function isConnectionLoss(error: unknown): boolean {
  const state = sqlStateOf(error);
  if (state !== null) return state.startsWith('08') || ['57P01', '57P02', '57P03', '57P05', '25P03'].includes(state);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && SOCKET_ERRORS.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /connection terminated|not queryable|timeout exceeded when trying to connect|connection timeout/i.test(message);
}

/**
 * Turns a database error into a typed error: serialization failures, deadlocks and unique
 * violations are conflicts (another transaction won); a missing table means `migrate()` was not
 * run; a lost connection is a storage failure with reason `connection_lost` and
 * `retryable: true` (see {@link isConnectionLoss}); anything else is a storage failure. The database message stays in `cause` only, since it
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
  if (isConnectionLoss(error)) {
    return new HonorariaError('storage_failure', {
      message: {
        fr: 'La connexion à la base de données a été perdue. Réessayez : avec la même clé d’idempotence, rien ne sera fait deux fois.',
        en: 'The connection to the database was lost. Try again: with the same idempotency key, nothing will be done twice.',
      },
      details: { reason: 'connection_lost', retryable: true, sqlState: state },
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
