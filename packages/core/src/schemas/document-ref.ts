import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { Instant } from '../time/time-zone';
import { Id } from './common';

/** Kinds of documents in a partner's My Files. */
export const DocumentKind = z.enum([
  'mandate',
  'master_agreement',
  'payment_request',
  'application',
  'attestation',
  'annual_statement',
  'tax_slip',
  'receipt',
  'letter',
  'other',
]);
/** A kind of document. */
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A document filed in a partner's My Files: its kind, the blob holding its bytes, and their SHA-256. */
export const DocumentRef = z.object({
  id: Id,
  kind: DocumentKind,
  blobId: Id,
  /** SHA-256 of the bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  partnerId: Id,
  contentType: z.string().min(1).max(100).default('application/pdf'),
  size: z.int().nonnegative().optional(),
  lang: z.enum(['fr', 'en', 'both']).optional(),
  title: LocalizedText.optional(),
  /** What it documents, such as `{ type: 'mandate', id }`. */
  subjectRef: z.object({ type: z.string().min(1), id: Id }).optional(),
  createdAt: Instant,
});
/** A document in My Files. */
export type DocumentRef = z.infer<typeof DocumentRef>;
