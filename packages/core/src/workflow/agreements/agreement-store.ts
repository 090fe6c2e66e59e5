import { HonorariaError } from '../../errors/honoraria-error';
import type { Framework } from '../../framework/framework-config';
import { isCurrentAcceptance } from '../../machines/agreement-machine';
import type { PersistedSnapshot } from '../../machines/persisted-snapshot';
import { initialSnapshot } from '../../machines/persisted-snapshot';
import type { Page, RecordIndex, StorageReader } from '../../ports/storage-adapter';
import type { AgreementAcceptance } from '../../schemas/agreement-acceptance';
import type { MasterAgreement } from '../../schemas/master-agreement';
import { claimUniqueKey } from '../../storage/unique-keys';
import type { UniqueKey } from '../../storage/unique-keys';
import type { CommandScope } from '../command-scope';
import type { EntityRecord, StoredEntity } from '../stored-entity';
import { transitionEntity, writeEntity } from '../stored-entity';
import { translate } from '../../i18n/messages';
import { workflowMessages } from '../../i18n/messages/workflow';

/** The storage collection of master-agreement acceptances. */
export const AGREEMENTS_COLLECTION = 'agreements';
/** The subject type of agreement acceptances in the audit log. */
export const AGREEMENT_SUBJECT = 'agreement';
/** A stored acceptance of the master agreement. */
export type AgreementRecord = EntityRecord<AgreementAcceptance, 'agreement'>;
/** The persisted snapshot of an acceptance's machine. */
export type AgreementSnapshot = PersistedSnapshot<'agreement'>;

/** The index of an acceptance: its partner, status and policy version (`parentId`). */
export function agreementIndex(acceptance: AgreementAcceptance): RecordIndex {
  return { partnerId: acceptance.partnerId, status: acceptance.status, parentId: acceptance.policyVersionId, sortKey: acceptance.sentAt };
}

/** The machine snapshot of a stored acceptance. */
export function agreementSnapshot(record: AgreementRecord): AgreementSnapshot {
  const machine = record.data.machine;
  if (machine === null) throw new TypeError(`agreement ${record.id} has no machine snapshot`);
  return machine;
}

/** Every acceptance record of a partner, oldest first. */
export async function listAcceptances(reader: Pick<StorageReader, 'list'>, partnerId: string): Promise<AgreementRecord[]> {
  const out: AgreementRecord[] = [];
  for (let cursor: string | null = null; ; ) {
    const page: Page<AgreementRecord> = await reader.list<StoredEntity<AgreementAcceptance, 'agreement'>>(AGREEMENTS_COLLECTION, {
      where: { partnerId },
      limit: 1000,
      cursor,
    });
    out.push(...page.items);
    if (page.nextCursor === null) return out;
    cursor = page.nextCursor;
  }
}

/**
 * Where a partner stands with the master agreement of the framework's current policy version.
 * An acceptance counts when it is accepted and about the current version, or — when the current
 * version does not require re-acceptance (`policyVersion.requiresReacceptance` false) — any
 * acceptance still accepted (not superseded).
 */
export interface AgreementStanding {
  /** No master agreement is configured, or the partner accepted the current one. */
  readonly holdsCurrent: boolean;
  /** The acceptance of the current version waiting for the partner's answer, if any. */
  readonly pending: AgreementRecord | null;
  /** The accepted acceptance of the current version, if any. */
  readonly current: AgreementRecord | null;
}

/** Reads where a partner stands with the current master agreement, from their acceptance records. */
export async function agreementStanding(reader: Pick<StorageReader, 'list'>, framework: Framework, partnerId: string): Promise<AgreementStanding> {
  if (framework.masterAgreement === undefined) return { holdsCurrent: true, pending: null, current: null };
  const policyVersion = framework.policyVersion.id;
  const records = await listAcceptances(reader, partnerId);
  const counts = (r: AgreementRecord): boolean => {
    const snapshot = agreementSnapshot(r);
    return isCurrentAcceptance(snapshot, policyVersion) || (!framework.policyVersion.requiresReacceptance && snapshot.status === 'accepted');
  };
  const current = records.find(counts) ?? null;
  const pending = records.find((r) => r.data.entity.status === 'sent' && r.data.entity.policyVersionId === policyVersion) ?? null;
  return { holdsCurrent: current !== null, pending, current };
}

/** The framework's master agreement, or `rule_violation` when it has none. */
export function requireMasterAgreement(framework: Framework): MasterAgreement {
  if (framework.masterAgreement === undefined) {
    throw new HonorariaError('rule_violation', {
      message: translate(workflowMessages, 'no_master_agreement'),
      details: { reason: 'no_master_agreement' },
    });
  }
  return framework.masterAgreement;
}

/**
 * Sends the current master agreement to a partner: creates an acceptance in the `sent` state,
 * with its audit event. The caller checks there is none pending already.
 */
export async function openAcceptance(scope: CommandScope, framework: Framework, partnerId: string): Promise<AgreementRecord> {
  const agreement = requireMasterAgreement(framework);
  const machine = initialSnapshot('agreement', { policyVersion: framework.policyVersion.id, sentAt: scope.at });
  const entity: AgreementAcceptance = {
    id: scope.newId('agr'),
    partnerId,
    masterAgreementId: agreement.id,
    policyVersionId: framework.policyVersion.id,
    status: machine.status,
    sentAt: scope.at,
  };
  return writeEntity(scope, {
    collection: AGREEMENTS_COLLECTION,
    id: entity.id,
    entity,
    machine,
    index: agreementIndex(entity),
    expectedVersion: 0,
    audit: { subjectType: AGREEMENT_SUBJECT, action: 'agreement.send', toState: machine.status, data: { masterAgreementId: agreement.id, policyVersionId: entity.policyVersionId } },
  });
}

/** The unique key of an acceptance: one per partner and policy version. */
export function agreementAcceptanceKey(acceptance: Pick<AgreementAcceptance, 'partnerId' | 'policyVersionId'>): UniqueKey {
  return { kind: 'agreement_acceptance', parts: [acceptance.partnerId, acceptance.policyVersionId] };
}

/** How a partner accepted, as evidence on the acceptance. */
export interface AcceptanceEvidence {
  readonly userAgent?: string | undefined;
}

/**
 * Accepts a pending acceptance (the partner's answer), with its evidence and, when a document is
 * filed for it, the document's id allocated beforehand.
 */
export async function acceptAcceptance(
  scope: CommandScope,
  record: AgreementRecord,
  options: { readonly evidence?: AcceptanceEvidence; readonly documentId?: string | null; readonly withMandateId?: string },
): Promise<AgreementRecord> {
  // One acceptance per partner and policy version, whichever path (alone, or with a mandate) and however many at once.
  await claimUniqueKey(scope.tx, agreementAcceptanceKey(record.data.entity), record.id, scope.at);
  return transitionEntity(scope, record, {
    kind: 'agreement',
    event: { type: 'ACCEPT', now: scope.at },
    action: 'agreement.accept',
    subjectType: AGREEMENT_SUBJECT,
    update: (entity, next) => {
      const accepted: AgreementAcceptance = {
        ...entity,
        status: next.status,
        acceptedAt: scope.at,
        evidence: { method: 'portal', ...(options.evidence?.userAgent === undefined ? {} : { userAgent: options.evidence.userAgent }) },
      };
      if (options.documentId != null) accepted.documentId = options.documentId;
      return accepted;
    },
    index: agreementIndex,
    auditData: { method: 'portal', documentId: options.documentId ?? null, withMandateId: options.withMandateId ?? null },
  });
}

/** What an agreement command returns: the acceptance and its version. */
export interface AgreementResult {
  readonly agreement: AgreementAcceptance;
  readonly version: number;
}

/** The result of a command from a written record. */
export function agreementResult(record: AgreementRecord): AgreementResult {
  return { agreement: record.data.entity, version: record.version };
}
