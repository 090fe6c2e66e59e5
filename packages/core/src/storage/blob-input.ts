import type { BlobInput, StoredBlob } from '../ports/storage-adapter';
import { invalidStorageInput } from './storage-errors';
import { STORAGE_LIMITS, checkKey } from './storage-text';

const CONTENT_TYPE = /^[\x21-\x7e][\x20-\x7e]*$/;

/**
 * Validates a blob (an id, at most 64 MiB of bytes, a printable ASCII content type such as
 * `application/pdf`) and returns it as stored: a private copy of the bytes and their size.
 */
export function normalizeBlobInput(blob: BlobInput): StoredBlob {
  if (blob === null || typeof blob !== 'object') throw invalidStorageInput([], 'required');
  const id = checkKey(blob.id, ['id']);
  if (!(blob.bytes instanceof Uint8Array)) throw invalidStorageInput(['bytes'], 'not_bytes');
  if (blob.bytes.byteLength > STORAGE_LIMITS.blobBytes) throw invalidStorageInput(['bytes'], 'too_big');
  const contentType = checkKey(blob.contentType, ['contentType'], STORAGE_LIMITS.label);
  if (!CONTENT_TYPE.test(contentType)) throw invalidStorageInput(['contentType'], 'invalid_content_type');
  return { id, bytes: new Uint8Array(blob.bytes), contentType, size: blob.bytes.byteLength };
}

/** A copy of a stored blob whose bytes the caller may change freely. */
export function copyBlob(blob: StoredBlob): StoredBlob {
  return { id: blob.id, bytes: new Uint8Array(blob.bytes), contentType: blob.contentType, size: blob.size };
}
