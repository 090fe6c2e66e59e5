import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
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

/** Encodes bytes as base64 (standard alphabet, padded), without Node's `Buffer`. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
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
  return { document: record.data, contentType: blob.contentType, base64: toBase64(blob.bytes) };
});
