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

/** The fingerprint of a command and its input. `v2:` marks records that remember who was authorized. */
const V2 = 'v2:';

function fingerprint(spec: CommandSpec): string {
  return sha256Hex(canonicalJson({ command: spec.name, actor: spec.actor.id, input: spec.input ?? null }));
}

/** What a remembered result records about the caller it was authorized for. */
interface AuthorizedAs {
  readonly roles: readonly string[];
  readonly partnerId: string | null;
}

function authorizedAs(actor: Actor): AuthorizedAs {
  return { roles: [...new Set(actor.roles)].sort(), partnerId: actor.partnerId ?? null };
}

/**
 * A replay answers only a caller who still holds what they held at the first call: every role,
 * and the same partner file. A role withdrawn since then is `forbidden`, like the call itself
 * would be — a replay never outlives the caller's authorization.
 */
function recheckAuthorization(spec: CommandSpec, then: AuthorizedAs): void {
  const now = authorizedAs(spec.actor);
  const lost = then.roles.filter((role) => !now.roles.includes(role));
  if (lost.length > 0 || then.partnerId !== now.partnerId) {
    throw new HonorariaError('forbidden', { details: { command: spec.name, reason: 'authorization_changed' } });
  }
}

async function remembered<R>(env: CommandEnv, spec: CommandSpec, key: string, print: string): Promise<{ found: true; result: R } | { found: false }> {
  const record = await env.storage.getIdempotency(storedKey(spec, key));
  if (record === null) return { found: false };
  if (record.fingerprint === V2 + print) {
    const envelope = record.result as unknown as { readonly authorizedAs: AuthorizedAs; readonly result: JsonValue };
    recheckAuthorization(spec, envelope.authorizedAs);
    return { found: true, result: envelope.result as R };
  }
  if (record.fingerprint !== print) {
    throw new HonorariaError('idempotency_mismatch', { details: { command: spec.name } });
  }
  return { found: true, result: record.result as R }; // remembered before authorizations were recorded
}

/**
 * Runs a command in one storage transaction: `work` reads, transitions and writes (records,
 * audit events, outbox entries) through the {@link CommandScope}; everything commits together or
 * not at all. With an idempotency key, the first result is remembered in the same transaction
 * and a retry returns it without running `work` again — to a caller who still holds every role
 * (and the partner file) they held at the first call, `forbidden` otherwise; the same key with
 * another input is refused (`idempotency_mismatch`).
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
      if (key !== null) await tx.putIdempotency({ key: storedKey(spec, key), fingerprint: V2 + print, result: { authorizedAs: toJson(authorizedAs(spec.actor)) as JsonValue, result: json } });
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
