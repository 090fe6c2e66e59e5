import * as z from 'zod';
import { Code } from '../schemas/common';
import { ApplicationStatus } from '../schemas/status';
import { DEFAULT_TIME_ZONE, Instant } from '../time/time-zone';
import { At, ExternalRef, Note, ZoneName } from './machine-fields';

/**
 * A document of the checklist, by the code the programme gives it in the framework
 * (`volunteerProgramme.requiredDocuments`): `resume` and `photo_id` at the CISSS de l’Outaouais.
 */
export const ApplicationDocument = Code;
/** A document of the checklist. */
export type ApplicationDocument = z.infer<typeof ApplicationDocument>;

/** The states an application can be put on hold from, and resumed to. */
export const HoldableApplicationStatus = ApplicationStatus.extract([
  'submitted',
  'phone_interview_scheduled',
  'phone_interview_done',
  'joint_interview_scheduled',
  'joint_interview_done',
  'accepted',
  'volunteer_registration',
  'orientation_scheduled',
]);
/** A state an application can be put on hold from. */
export type HoldableApplicationStatus = z.infer<typeof HoldableApplicationStatus>;

/** The default number of days between receipt and the phone interview (CISSS de l’Outaouais). */
export const DEFAULT_PHONE_INTERVIEW_DUE_DAYS = 30;

/** What creates a volunteer application machine. */
export const ApplicationInput = z.object({
  receivedAt: Instant,
  timeZone: ZoneName.default(DEFAULT_TIME_ZONE),
  /** Days between receipt and the phone interview; 30 by default. */
  phoneInterviewDueDays: z.number().int().min(1).max(365).default(DEFAULT_PHONE_INTERVIEW_DUE_DAYS),
  /** The codes of the documents the programme requires (the framework's `requiredDocuments`); acceptance waits until each is verified. */
  requiredDocuments: z.array(ApplicationDocument).max(50),
});
/** What creates a volunteer application machine. */
export type ApplicationInput = z.input<typeof ApplicationInput>;

/** The context of the volunteer application machine. */
export const ApplicationContext = z.object({
  receivedAt: Instant,
  timeZone: ZoneName,
  phoneInterviewDueDays: z.number().int().min(1).max(365),
  /** When the phone interview is due: `receivedAt` + `phoneInterviewDueDays`, same wall-clock time. */
  phoneInterviewDueAt: Instant,
  phoneInterviewAt: Instant.nullable(),
  phoneInterviewDoneAt: Instant.nullable(),
  jointInterviewAt: Instant.nullable(),
  jointInterviewDoneAt: Instant.nullable(),
  /** The checklist: each document the programme requires, by its code, and whether it was verified. */
  documents: z.record(ApplicationDocument, z.boolean()),
  acceptedAt: Instant.nullable(),
  /** The volunteer service's reference for the new volunteer. */
  volunteerServiceRef: ExternalRef.nullable(),
  orientationAt: Instant.nullable(),
  activatedAt: Instant.nullable(),
  /** While on hold: the state to resume to. */
  heldFrom: HoldableApplicationStatus.nullable(),
  /** When it was declined or withdrawn. */
  closedAt: Instant.nullable(),
  /** The reason of the last hold, decline or withdrawal. */
  comment: Note.nullable(),
});
/** The context of the volunteer application machine. */
export type ApplicationContext = z.output<typeof ApplicationContext>;

/** The events of the volunteer application machine. */
export const ApplicationEvent = z.discriminatedUnion('type', [
  /** Schedules (or reschedules) the phone interview with the program director. */
  z.object({ type: z.literal('SCHEDULE_PHONE_INTERVIEW'), ...At, at: Instant }),
  z.object({ type: z.literal('COMPLETE_PHONE_INTERVIEW'), ...At }),
  /** Schedules (or reschedules) the joint interview (program director and partner project manager). */
  z.object({ type: z.literal('SCHEDULE_JOINT_INTERVIEW'), ...At, at: Instant }),
  /** Records whether a document of the checklist was seen and verified. */
  z.object({ type: z.literal('RECORD_DOCUMENT'), ...At, document: ApplicationDocument, verified: z.boolean() }),
  z.object({ type: z.literal('COMPLETE_JOINT_INTERVIEW'), ...At }),
  z.object({ type: z.literal('ACCEPT'), ...At }),
  /** The volunteer service starts registering the volunteer. */
  z.object({ type: z.literal('START_REGISTRATION'), ...At, volunteerServiceRef: ExternalRef.optional() }),
  z.object({
    type: z.literal('SCHEDULE_ORIENTATION'),
    ...At,
    at: Instant,
    volunteerServiceRef: ExternalRef.optional(),
  }),
  z.object({ type: z.literal('COMPLETE_ORIENTATION'), ...At }),
  z.object({ type: z.literal('PUT_ON_HOLD'), ...At, reason: Note }),
  z.object({ type: z.literal('RESUME'), ...At }),
  z.object({ type: z.literal('DECLINE'), ...At, reason: Note }),
  z.object({ type: z.literal('WITHDRAW'), ...At, reason: Note.optional() }),
]);
/** An event of the volunteer application machine, as a caller writes it. */
export type ApplicationEvent = z.input<typeof ApplicationEvent>;
/** An event of the volunteer application machine, once validated. */
export type ParsedApplicationEvent = z.output<typeof ApplicationEvent>;
