import { sha256Hex } from '../../crypto/sha256';
import { HonorariaError, isHonorariaError } from '../../errors/honoraria-error';
import type { DocumentRenderRequest, RenderedDocument } from '../../ports/document-renderer';
import type { Page, RecordIndex, StorageReader, StoredRecord } from '../../ports/storage-adapter';
import { DocumentRef } from '../../schemas/document-ref';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';

/** The storage collection of the documents filed in partners' My Files (`DocumentRef` records). */
export const DOCUMENTS_COLLECTION = 'documents';

/** A stored document reference (the bytes are the blob `blobId`). */
export type DocumentRecord = StoredRecord<DocumentRef>;

/** The index of a document: its partner, kind (`status`), subject (`parentId`) and filing instant. */
export function documentIndex(doc: DocumentRef): RecordIndex {
  return { partnerId: doc.partnerId, status: doc.kind, parentId: doc.subjectRef?.id ?? null, sortKey: doc.createdAt };
}

/** What {@link fileDocument} files. */
export interface DocumentToFile {
  /** What to render. Its `kind` is the document's kind. */
  readonly request: DocumentRenderRequest;
  /** What the document is about, such as `{ type: 'mandate', id }`. */
  readonly subjectRef: { readonly type: string; readonly id: string };
  /** The document's id, when the caller allocated it before (to record it on the subject). */
  readonly id?: string;
}

async function render(ctx: Pick<OperationContext, 'documents'>, request: DocumentRenderRequest, now: Date): Promise<RenderedDocument> {
  if (ctx.documents === null) throw new TypeError('fileDocument: no renderer');
  try {
    return await ctx.documents.render(request, { now });
  } catch (error) {
    if (isHonorariaError(error)) throw error;
    throw new HonorariaError('document_failure', { details: { kind: request.kind }, cause: error });
  }
}

/**
 * Renders a document through the service's `DocumentRenderer` and files it in the partner's My
 * Files, inside the command's transaction: the bytes as a blob, and a `DocumentRef` record with
 * their SHA-256. Returns `null` when the service has no renderer. A renderer failure is
 * `document_failure` and rolls the whole command back.
 */
export async function fileDocument(ctx: Pick<OperationContext, 'documents'>, scope: CommandScope, file: DocumentToFile): Promise<DocumentRef | null> {
  if (ctx.documents === null) return null;
  const rendered = await render(ctx, file.request, scope.now);
  const blobId = scope.newId('blob');
  await scope.tx.putBlob({ id: blobId, bytes: rendered.bytes, contentType: rendered.contentType });
  const doc = DocumentRef.parse({
    id: file.id ?? scope.newId('doc'),
    kind: file.request.kind,
    blobId,
    sha256: sha256Hex(rendered.bytes),
    partnerId: file.request.partner.id,
    contentType: rendered.contentType,
    size: rendered.bytes.byteLength,
    lang: file.request.lang,
    title: rendered.title,
    subjectRef: file.subjectRef,
    createdAt: scope.at,
  });
  await scope.put<DocumentRef>({ collection: DOCUMENTS_COLLECTION, id: doc.id, data: doc, index: documentIndex(doc), expectedVersion: 0 });
  return doc;
}

/** Every document of a partner, oldest first. */
export async function listPartnerDocuments(reader: Pick<StorageReader, 'list'>, partnerId: string): Promise<DocumentRef[]> {
  const out: DocumentRef[] = [];
  for (let cursor: string | null = null; ; ) {
    const page: Page<DocumentRecord> = await reader.list<DocumentRef>(DOCUMENTS_COLLECTION, { where: { partnerId }, limit: 1000, cursor });
    for (const record of page.items) out.push(record.data);
    if (page.nextCursor === null) return out;
    cursor = page.nextCursor;
  }
}
