import * as z from 'zod';
import type { CompensationMode as Mode } from '../schemas/compensation-preference';
import { CompensationMode } from '../schemas/compensation-preference';
import { Id } from '../schemas/common';
import { IsoDate } from '../time/calendar-date';
import { DEFAULT_TIME_ZONE, Instant } from '../time/time-zone';
import { At, Note, ZoneName } from './machine-fields';

/** The compensation modes that need no payment profile: nothing is paid but (receipted) expenses. */
export const MODES_WITHOUT_PAYMENT_PROFILE: readonly Mode[] = ['decline_all', 'expenses_only'];

const END_BEFORE_START = {
  path: ['endDate'],
  params: { key: 'end_before_start', fr: 'La date de fin précède la date de début.', en: 'The end date is before the start date.' },
};

/** What creates a mandate machine: the term of the mandate, in the organization's time zone. */
export const MandateInput = z
  .object({
    startDate: IsoDate,
    endDate: IsoDate,
    timeZone: ZoneName.default(DEFAULT_TIME_ZONE),
  })
  .refine((m) => m.startDate <= m.endDate, END_BEFORE_START);
/** What creates a mandate machine. */
export type MandateInput = z.input<typeof MandateInput>;

/** The context of the mandate machine (version 2). */
export const MandateContext = z.object({
  startDate: IsoDate,
  endDate: IsoDate,
  /** The organization's time zone, in which the dates are read. */
  timeZone: ZoneName,
  /** When the offer sent to the partner lapses; `null` = it does not. */
  offerExpiresAt: Instant.nullable(),
  submittedAt: Instant.nullable(),
  approvedAt: Instant.nullable(),
  sentAt: Instant.nullable(),
  acceptedAt: Instant.nullable(),
  activatedAt: Instant.nullable(),
  /** When the mandate reached a final state. */
  closedAt: Instant.nullable(),
  /** Whether the partner accepted the master agreement in the same step (first mandate). */
  acceptedWithAgreement: z.boolean(),
  /** The amendments already applied, so none applies twice. */
  appliedAmendmentIds: z.array(Id),
  /** The comment or reason of the last decision (changes requested, rejected, declined, cancelled). */
  comment: Note.nullable(),
});
/** The context of the mandate machine. */
export type MandateContext = z.output<typeof MandateContext>;

/** The terms a draft's edit may change. */
export const MandateEdit = z.object({
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  timeZone: ZoneName.optional(),
});

/** The events of the mandate machine. */
export const MandateEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('EDIT'), ...At, changes: MandateEdit }),
  z.object({ type: z.literal('SUBMIT'), ...At }),
  z.object({ type: z.literal('APPROVE'), ...At }),
  z.object({ type: z.literal('REQUEST_CHANGES'), ...At, comment: Note }),
  z.object({ type: z.literal('REJECT'), ...At, reason: Note }),
  z.object({
    type: z.literal('SEND'),
    ...At,
    /** When the offer lapses; `null` = never. */
    offerExpiresAt: Instant.nullable(),
    /** The partner's compensation choice at the time of sending. */
    compensationMode: CompensationMode,
    /** Whether the partner has an active payment profile. */
    hasPaymentProfile: z.boolean(),
  }),
  z.object({
    type: z.literal('ACCEPT'),
    ...At,
    /** Whether the partner already holds an acceptance of the current master agreement. */
    holdsCurrentAgreement: z.boolean(),
    /** Whether the partner accepts the current master agreement in this same step (first mandate). */
    acceptsAgreementNow: z.boolean(),
  }),
  z.object({ type: z.literal('DECLINE'), ...At, reason: Note.optional() }),
  z.object({ type: z.literal('EXPIRE_OFFER'), ...At }),
  z.object({ type: z.literal('ACTIVATE'), ...At }),
  z.object({
    type: z.literal('APPLY_AMENDMENT'),
    ...At,
    amendmentId: Id,
    /** The accepted amendment's changes; the machine reads the dates, the entity keeps the rest. */
    changes: z.object({ startDate: IsoDate.optional(), endDate: IsoDate.optional() }),
  }),
  z.object({ type: z.literal('COMPLETE'), ...At }),
  z.object({ type: z.literal('CANCEL'), ...At, reason: Note }),
  z.object({
    type: z.literal('EXPIRE'),
    ...At,
    /** Whether any time entry, expense or payment request was recorded under the mandate. */
    hasActivity: z.boolean(),
  }),
]);
/** An event of the mandate machine, as a caller writes it. */
export type MandateEvent = z.input<typeof MandateEvent>;
/** An event of the mandate machine, once validated. */
export type ParsedMandateEvent = z.output<typeof MandateEvent>;
