import { sha256Hex } from '../crypto/sha256';
import type { LocalizedText } from '../i18n/lang';
import type { AuditAppend, AuditRecord } from '../ports/storage-adapter';
import { canonicalJson } from './canonical-json';

/** The fields of an audit event that its hash covers: everything but the hash and the position. */
type Hashable = Omit<AuditAppend, 'hash'>;

/**
 * The hash of an audit event: SHA-256 (hex) of the canonical JSON of every field except `hash`
 * and `position`. Because it covers `prevHash`, each event seals the whole history before it.
 */
export function hashAuditEvent(event: Hashable): string {
  const { id, subjectType, subjectId, seq, at, actor, action, fromState, toState, data, prevHash } = event;
  return sha256Hex(
    canonicalJson({ id, subjectType, subjectId, seq, at, actor, action, fromState: fromState ?? null, toState: toState ?? null, data: data ?? null, prevHash }),
  );
}

/** A break in an audit chain. */
export interface AuditChainProblem {
  readonly subjectId: string;
  /** The event where the chain breaks (its id), or `null` when an event is missing at the end. */
  readonly eventId: string | null;
  /** `hash_mismatch` (the event was edited), `broken_link` (an event before it was edited, removed or moved), `sequence_gap` (an event is missing or out of order), `head_mismatch` (the last events were removed). */
  readonly code: 'hash_mismatch' | 'broken_link' | 'sequence_gap' | 'head_mismatch';
  readonly message: LocalizedText;
}

/** The result of {@link verifyAuditChain}. */
export interface AuditChainReport {
  readonly valid: boolean;
  /** How many events were checked. */
  readonly checked: number;
  readonly problems: readonly AuditChainProblem[];
}

/** The latest event a subject's record says it has (its sequence number and hash). */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

/**
 * Verifies audit events, given in log order (by position): for each subject, the sequence runs
 * 1, 2, 3… without gaps, each event's `prevHash` is the hash of the event before it, and each
 * event's hash matches its content. With `heads` (what each subject's record says its latest
 * event is), removing the last events of a subject is detected too.
 */
export function verifyAuditChain(
  events: readonly (AuditRecord | AuditAppend)[],
  options: { readonly heads?: ReadonlyMap<string, AuditHead> } = {},
): AuditChainReport {
  const problems: AuditChainProblem[] = [];
  const last = new Map<string, { seq: number; hash: string }>();
  for (const event of events) {
    const previous = last.get(event.subjectId);
    const expectedSeq = (previous?.seq ?? 0) + 1;
    if (event.seq !== expectedSeq) {
      problems.push({
        subjectId: event.subjectId,
        eventId: event.id,
        code: 'sequence_gap',
        message: {
          fr: `Événement n° ${event.seq} trouvé là où le n° ${expectedSeq} était attendu : un événement manque ou a été déplacé.`,
          en: `Event #${event.seq} found where #${expectedSeq} was expected: an event is missing or was moved.`,
        },
      });
    }
    if (event.prevHash !== (previous?.hash ?? null)) {
      problems.push({
        subjectId: event.subjectId,
        eventId: event.id,
        code: 'broken_link',
        message: {
          fr: 'Le lien vers l’événement précédent est rompu : un événement antérieur a été modifié, supprimé ou déplacé.',
          en: 'The link to the previous event is broken: an earlier event was edited, removed or moved.',
        },
      });
    }
    if (hashAuditEvent(event) !== event.hash) {
      problems.push({
        subjectId: event.subjectId,
        eventId: event.id,
        code: 'hash_mismatch',
        message: {
          fr: 'Le contenu de l’événement ne correspond plus à son empreinte : il a été modifié.',
          en: 'The event’s content no longer matches its hash: it was edited.',
        },
      });
    }
    last.set(event.subjectId, { seq: event.seq, hash: event.hash });
  }
  for (const [subjectId, head] of options.heads ?? []) {
    const seen = last.get(subjectId);
    if (seen === undefined || seen.seq !== head.seq || seen.hash !== head.hash) {
      problems.push({
        subjectId,
        eventId: null,
        code: 'head_mismatch',
        message: {
          fr: `Le dossier indique ${head.seq} événement(s), mais le journal se termine autrement : des événements ont été supprimés ou modifiés.`,
          en: `The record says it has ${head.seq} event(s), but the log ends differently: events were removed or edited.`,
        },
      });
    }
  }
  return { valid: problems.length === 0, checked: events.length, problems };
}
