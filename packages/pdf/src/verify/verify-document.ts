// Checks that a document is the one the engine rendered: the body hash recomputed from the pages
// must match the hash the seal prints and, when given, the hash the workflow stored.

import { sha256Hex } from '@honoraria/core';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import type { PDFStream } from 'pdf-lib';
import { bodySha256, isSealStream } from './body-hash';
import { readSeal } from './seal';

/**
 * Why a document failed verification:
 * - `unreadable`: not a PDF that can be parsed;
 * - `unsealed`: no seal (not rendered by this engine, or the seal was removed);
 * - `seal-unreadable`: more than one seal, or a seal this engine did not write;
 * - `body-altered`: the pages no longer match the hash the seal prints;
 * - `expected-mismatch`: the pages do not match the hash stored when the document was produced.
 */
export type VerificationFailure = 'unreadable' | 'unsealed' | 'seal-unreadable' | 'body-altered' | 'expected-mismatch';

/** The outcome of {@link verifyDocument}. */
export interface DocumentVerification {
  /** Whether the document is intact. */
  readonly valid: boolean;
  /** The body SHA-256 recomputed from the pages (`null` when the file cannot be read). */
  readonly bodySha256: string | null;
  /** The SHA-256 of the file's bytes, as the workflow stores it in `DocumentRef.sha256`. */
  readonly fileSha256: string;
  /** The hash the seal prints, when there is a readable seal. */
  readonly sealedSha256?: string;
  /** Why it is not valid. */
  readonly reason?: VerificationFailure;
}

/** Options of {@link verifyDocument}. */
export interface VerifyOptions {
  /**
   * The hash stored when the document was produced: the SHA-256 of the file (`DocumentRef.sha256`,
   * which the workflow stores: the file must then be byte for byte the one filed) or its body
   * SHA-256 (`RenderedPdf.bodySha256`: the pages must be unchanged). Either is accepted.
   */
  readonly expectedSha256?: string;
}

function sealsOf(doc: PDFDocument): PDFStream[] {
  const seals: PDFStream[] = [];
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const streams = contents === undefined ? [] : contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    for (const stream of streams) if (isSealStream(stream)) seals.push(stream);
  }
  return seals;
}

function textOf(stream: PDFStream): string {
  const bytes = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/**
 * Verifies a document rendered by this engine. Without `expectedSha256` it detects any change to
 * the pages made without recomputing the seal; with it (the hash stored by the workflow when the
 * document was produced), it also detects a forger who recomputed and reprinted the seal.
 */
export async function verifyDocument(bytes: Uint8Array, options: VerifyOptions = {}): Promise<DocumentVerification> {
  const fileSha256 = sha256Hex(bytes);
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: false });
  } catch {
    return { valid: false, bodySha256: null, fileSha256, reason: 'unreadable' };
  }
  let body: string;
  let seals: PDFStream[];
  try {
    body = bodySha256(doc);
    seals = sealsOf(doc);
  } catch {
    return { valid: false, bodySha256: null, fileSha256, reason: 'unreadable' };
  }
  if (seals.length === 0) return { valid: false, bodySha256: body, fileSha256, reason: 'unsealed' };
  let sealed: string | undefined;
  try {
    sealed = seals.length === 1 ? readSeal(textOf(seals[0]!)) : undefined;
  } catch {
    sealed = undefined;
  }
  if (sealed === undefined) return { valid: false, bodySha256: body, fileSha256, reason: 'seal-unreadable' };
  const found = { bodySha256: body, fileSha256, sealedSha256: sealed };
  if (sealed !== body) return { valid: false, ...found, reason: 'body-altered' };
  const expected = options.expectedSha256?.trim().toLowerCase();
  if (expected !== undefined && expected !== body && expected !== fileSha256) return { valid: false, ...found, reason: 'expected-mismatch' };
  return { valid: true, ...found };
}
