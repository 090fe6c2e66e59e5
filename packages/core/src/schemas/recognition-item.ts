import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { Instant } from '../time/time-zone';
import { Id } from './common';

/** Kinds of non-financial recognition. */
export const RecognitionType = z.enum([
  'letter',
  'certificate',
  'authorship',
  'acknowledgement',
  'conference',
  'training',
  'award',
  'parking_pass',
]);
/** A kind of non-financial recognition. */
export type RecognitionType = z.infer<typeof RecognitionType>;

/** Recognition given to a partner: a letter, a co-authorship, a long-service award, a parking pass… */
export const RecognitionItem = z.object({
  id: Id,
  partnerId: Id,
  type: RecognitionType,
  title: LocalizedText.optional(),
  /** The mandate, activity or application it relates to. */
  relatedId: Id.optional(),
  issuedAt: Instant,
  issuedByUserId: Id.optional(),
  documentId: Id.optional(),
});
/** Recognition given to a partner. */
export type RecognitionItem = z.infer<typeof RecognitionItem>;
