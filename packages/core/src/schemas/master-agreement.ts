import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { IsoDate } from '../time/calendar-date';
import { Code, Id } from './common';

/**
 * Usual clauses of a master (global) agreement with a health partner. `other` covers any clause
 * an institution adds.
 */
export const ClauseCode = z.enum([
  'purpose',
  'definitions',
  'not_employment',
  'liability_insurance',
  'confidentiality',
  'privacy',
  'intellectual_property',
  'conflict_of_interest',
  'code_of_conduct',
  'compensation',
  'tax_responsibility',
  'benefits_disclaimer',
  'payment_terms',
  'data_retention',
  'termination',
  'amendments',
  'electronic_signature',
  'language',
  'other',
]);
/** A kind of clause. */
export type ClauseCode = z.infer<typeof ClauseCode>;

/** One clause: its kind, an id unique in the agreement, and its title and text in both languages. */
export const AgreementClause = z.object({
  id: Code,
  kind: ClauseCode,
  title: LocalizedText,
  body: LocalizedText,
});
/** One clause of a master agreement. */
export type AgreementClause = z.infer<typeof AgreementClause>;

/**
 * The master (global) agreement a partner accepts before, or with, a first mandate: clauses in
 * French and English, tied to a policy version.
 */
export const MasterAgreement = z.object({
  id: Id,
  organizationId: Id,
  policyVersionId: Id,
  version: z.string().min(1).max(40),
  title: LocalizedText,
  clauses: z.array(AgreementClause).min(1),
  effectiveFrom: IsoDate,
  supersedesId: Id.optional(),
});
/** A master agreement. */
export type MasterAgreement = z.infer<typeof MasterAgreement>;
