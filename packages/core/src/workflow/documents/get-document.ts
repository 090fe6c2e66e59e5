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
  /** The stored version of the document (documents are written once: 1). */
  readonly version: number;
  readonly contentType: string;
  /** The bytes, base64 (RFC 4648, with padding). */
  readonly base64: string;
}

/**
 * One document of a partner's My Files with its bytes: for the partner themself (another partner
 * gets `not_found`), the secretariat, the administration and finance.
 */
export const getDocument = defineQuery({ target: 'record', entity: 'document' }, z.object({ id: Id }).strict(), async (ctx, input): Promise<DocumentContent> => {
  const record = await ctx.storage.get<DocumentRef>(DOCUMENTS_COLLECTION, input.id);
  if (record === null) throw new HonorariaError('not_found', { details: { id: input.id } });
  requirePartnerOrRole(ctx.actor, record.data.partnerId, ...DOCUMENT_STAFF_ROLES);
  const blob = await ctx.storage.getBlob(record.data.blobId);
  if (blob === null) throw new HonorariaError('not_found', { details: { id: input.id, blob: record.data.blobId } });
  return { document: record.data, version: record.version, contentType: blob.contentType, base64: encodeBase64(blob.bytes) };
});
