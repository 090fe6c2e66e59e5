// Many documents in one go (a year's annual statements, every attestation of a programme), one
// after the other, with progress: an async iterator that hands each PDF over as soon as it is
// made, so a thousand documents are never all held in memory, and a callback for a progress bar.

import type { DocumentPdf } from './document-options';

/** How far a batch has got. */
export interface BatchProgress {
  /** Documents rendered so far. */
  readonly done: number;
  /** Documents in the batch. */
  readonly total: number;
}

/** One rendered document of a batch, with the input it was made from. */
export interface BatchItem<T> {
  readonly input: T;
  /** Its position in the inputs. */
  readonly index: number;
  readonly pdf: DocumentPdf;
}

/** Options of {@link renderBatch}. */
export interface BatchOptions {
  /** Called after each document (and once with `done: 0` before the first). */
  readonly onProgress?: (progress: BatchProgress) => void;
  /** Stops the batch before its next document; the iterator then throws the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Renders a document per input, in order, yielding each as it is made and reporting progress.
 *
 * ```ts
 * for await (const { input, pdf } of renderBatch(partners, (p) => renderAnnualStatement({ framework, partner: p, year: 2026, entries: entriesOf(p) }, options), { onProgress })) {
 *   await storage.putBlob(`statements/2026/${input.id}.pdf`, pdf.bytes);
 * }
 * ```
 */
export async function* renderBatch<T>(inputs: readonly T[], render: (input: T, index: number) => Promise<DocumentPdf>, options: BatchOptions = {}): AsyncGenerator<BatchItem<T>, void, undefined> {
  const total = inputs.length;
  options.onProgress?.({ done: 0, total });
  for (let index = 0; index < total; index++) {
    options.signal?.throwIfAborted();
    const input = inputs[index]!;
    const pdf = await render(input, index);
    options.onProgress?.({ done: index + 1, total });
    yield { input, index, pdf };
  }
}
