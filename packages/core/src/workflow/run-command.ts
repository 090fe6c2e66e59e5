import { sha256Hex } from '../crypto/sha256';
import { HonorariaError, isHonorariaError } from '../errors/honoraria-error';
import type { Clock } from '../ports/clock';
import type { IdGenerator } from '../ports/id-generator';
import type { JsonValue, StorageAdapter } from '../ports/storage-adapter';
import type { Actor } from './actor';
import { canonicalJson, toJson } from './canonical-json';
import { CommandScope } from './command-scope';

/** What every command needs from the service. */
export interface CommandEnv {
  readonly storage: StorageAdapter;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/** A command to run. */
export interface CommandSpec {
  /** The command's name, such as `approvePaymentRequest`. */
  readonly name: string;
  readonly actor: Actor;
  /** The validated input: fingerprinted with the name and actor for idempotency. */
  readonly input: unknown;
  /** A key the caller chose: a retried call with the same key returns the first result and changes nothing. */
  readonly idempotencyKey?: string | null | undefined;
}

/** The storage key of an idempotency key: scoped to the actor, so two users never collide. */
function storedKey(spec: CommandSpec, key: string): string {
  return `${spec.actor.id}/${key}`;
}

function fingerprint(spec: CommandSpec): string {
  return sha256Hex(canonicalJson({ command: spec.name, actor: spec.actor.id, input: spec.input ?? null }));
}

async function remembered<R>(env: CommandEnv, spec: CommandSpec, key: string, print: string): Promise<{ found: true; result: R } | { found: false }> {
  const record = await env.storage.getIdempotency(storedKey(spec, key));
  if (record === null) return { found: false };
  if (record.fingerprint !== print) {
    throw new HonorariaError('idempotency_mismatch', { details: { command: spec.name } });
  }
  return { found: true, result: record.result as R };
}

/**
 * Runs a command in one storage transaction: `work` reads, transitions and writes (records,
 * audit events, outbox entries) through the {@link CommandScope}; everything commits together or
 * not at all. With an idempotency key, the first result is remembered in the same transaction
 * and a retry returns it without running `work` again; the same key with another input is
 * refused (`idempotency_mismatch`).
 */
export async function runCommand<R>(env: CommandEnv, spec: CommandSpec, work: (scope: CommandScope) => Promise<R>): Promise<R> {
  const key = spec.idempotencyKey ?? null;
  const print = key === null ? '' : fingerprint(spec);
  if (key !== null) {
    const before = await remembered<R>(env, spec, key, print);
    if (before.found) return before.result;
  }
  const now = env.clock.now();
  try {
    return await env.storage.transaction(async (tx) => {
      const scope = new CommandScope(tx, spec.actor, now, env.ids);
      const result = await work(scope);
      const json = toJson(result === undefined ? null : result) as JsonValue;
      if (key !== null) await tx.putIdempotency({ key: storedKey(spec, key), fingerprint: print, result: json });
      return json as R;
    });
  } catch (error) {
    // A concurrent retry with the same key committed first: answer with its result.
    if (key !== null && isHonorariaError(error, 'conflict')) {
      const after = await remembered<R>(env, spec, key, print);
      if (after.found) return after.result;
    }
    throw error;
  }
}
