import type { LocalizedText } from '../../i18n/lang';
import type { RecordIndex } from '../../ports/storage-adapter';
import type { Delegation } from '../../schemas/delegation';
import type { EntityRecord } from '../stored-entity';
import { translate } from '../../i18n/messages';
import { workflowMessages } from '../../i18n/messages/workflow';

/** The subject type of delegations in the audit log. */
export const DELEGATION_SUBJECT = 'delegation';
/** How messages name a delegation. */
export const DELEGATION_LABEL: LocalizedText = translate(workflowMessages, 'delegation_label');

/** A delegation as the workflow stores it: the {@link Delegation} plus why it was given and who gave it. */
export interface DelegationEntity extends Delegation {
  readonly reason: string;
  /** Who recorded it (the approver, or the administration for them). */
  readonly createdByUserId: string;
  readonly revokedByUserId?: string;
}

/** A stored delegation (no machine: `active`, then `revoked`). */
export type DelegationRecord = EntityRecord<DelegationEntity>;

/** The index of a delegation: the delegate (`assigneeId`), the person who delegates (`parentId`), its state. */
export function delegationIndex(d: DelegationEntity): RecordIndex {
  return { assigneeId: d.toUserId, parentId: d.fromUserId, status: d.revokedAt === undefined ? 'active' : 'revoked', sortKey: d.createdAt };
}
