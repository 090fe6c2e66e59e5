import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { encodeBase64 } from '../../encoding/base64';
import { Id } from '../../schemas/common';
import type { DocumentRef } from '../../schemas/document-ref';
import { requirePartnerOrRole } from '../authorization';
import { defineQuery } from '../operation';
import { DOCUMENTS_COLLECTION } from './file-document';

/** The staff roles that open partners' documents. */
export const DOCUMENT_STAFF_ROLES = ['secretariat', 'admin', 'finance'] as const;

/** A document of My Files with its bytes, base64-encoded (results are JSON). */
export interface DocumentContent {
  readonly document: DocumentRef;
  readonly contentType: string;
  /** The bytes, base64 (RFC 4648, with padding). */
  readonly base64: string;
}

/**
 * One document of a partner's My Files with its bytes: for the partner themself (another partner
 * gets `not_found`), the secretariat, the administration and finance.
 */
export const getDocument = defineQuery(z.object({ documentId: Id }).strict(), async (ctx, input): Promise<DocumentContent> => {
  const record = await ctx.storage.get<DocumentRef>(DOCUMENTS_COLLECTION, input.documentId);
  if (record === null) throw new HonorariaError('not_found', { details: { id: input.documentId } });
  requirePartnerOrRole(ctx.actor, record.data.partnerId, ...DOCUMENT_STAFF_ROLES);
  const blob = await ctx.storage.getBlob(record.data.blobId);
  if (blob === null) throw new HonorariaError('not_found', { details: { id: input.documentId, blob: record.data.blobId } });
  return { document: record.data, contentType: blob.contentType, base64: encodeBase64(blob.bytes) };
});
