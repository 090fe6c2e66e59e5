import * as z from 'zod';
import type { MandateContext } from './mandate-schemas';
import type { SnapshotMigration } from './machine-definition';
import { Id } from '../schemas/common';
import { IsoDate } from '../time/calendar-date';
import { DEFAULT_TIME_ZONE, Instant } from '../time/time-zone';
import { Note } from './machine-fields';

/**
 * The context of a version 1 mandate snapshot. Version 1 read every date in the default time
 * zone (it had no `timeZone`), named the offer deadline `offerDeadline`, and the first-mandate
 * flag `agreementAcceptedWithMandate`.
 */
export const MandateContextV1 = z.object({
  startDate: IsoDate,
  endDate: IsoDate,
  offerDeadline: Instant.nullable(),
  submittedAt: Instant.nullable(),
  approvedAt: Instant.nullable(),
  sentAt: Instant.nullable(),
  acceptedAt: Instant.nullable(),
  activatedAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  agreementAcceptedWithMandate: z.boolean(),
  appliedAmendmentIds: z.array(Id),
  comment: Note.nullable(),
});
/** The context of a version 1 mandate snapshot. */
export type MandateContextV1 = z.output<typeof MandateContextV1>;

/**
 * Version 1 → 2: `offerDeadline` becomes `offerExpiresAt`, `agreementAcceptedWithMandate`
 * becomes `acceptedWithAgreement`, and `timeZone` appears with the default version 1 used.
 * The status is unchanged. Throws the zod error when the context is not a version 1 context.
 */
export const migrateMandateV1toV2: SnapshotMigration = ({ status, context }) => {
  const { offerDeadline, agreementAcceptedWithMandate, ...rest } = MandateContextV1.parse(context);
  const next: MandateContext = {
    ...rest,
    timeZone: DEFAULT_TIME_ZONE,
    offerExpiresAt: offerDeadline,
    acceptedWithAgreement: agreementAcceptedWithMandate,
  };
  return { status, context: next };
};
