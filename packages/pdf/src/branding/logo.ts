// A logo is decoded and compressed once (per logo bytes), then copied into each document.

import type { PDFRef } from 'pdf-lib';
import { JpegEmbedder, PDFContext, PDFObjectCopier, PngEmbedder } from 'pdf-lib';
import { HonorariaError } from '@honoraria/core';
import { imageKindOf } from './branding';

/** A logo ready to copy into documents. */
interface PreparedLogo {
  readonly context: PDFContext;
  readonly ref: PDFRef;
  readonly width: number;
  readonly height: number;
}

const prepared = new WeakMap<Uint8Array, Promise<PreparedLogo>>();

async function prepare(bytes: Uint8Array): Promise<PreparedLogo> {
  try {
    const embedder = imageKindOf(bytes) === 'png' ? await PngEmbedder.for(bytes) : await JpegEmbedder.for(bytes);
    const context = PDFContext.create();
    const ref = await embedder.embedIntoContext(context);
    return { context, ref, width: embedder.width, height: embedder.height };
  } catch (cause) {
    throw new HonorariaError('validation_failed', {
      cause,
      issues: [
        {
          path: ['branding', 'logo'],
          code: 'invalid_image',
          message: { fr: 'Le logo n’a pas pu être lu.', en: 'The logo could not be read.' },
        },
      ],
    });
  }
}

/** Decodes a logo once; later calls with the same bytes reuse the work. */
export function prepareLogo(bytes: Uint8Array): Promise<PreparedLogo> {
  let logo = prepared.get(bytes);
  if (logo === undefined) {
    logo = prepare(bytes);
    prepared.set(bytes, logo);
    logo.catch(() => prepared.delete(bytes));
  }
  return logo;
}

/** Copies a prepared logo into a document's context; returns its reference. */
export function copyLogo(logo: PreparedLogo, context: PDFContext): PDFRef {
  return PDFObjectCopier.for(logo.context, context).copy(logo.ref);
}

/** The logo's size scaled to fit a box, keeping its proportions. */
export function fitLogo(logo: { width: number; height: number }, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / logo.width, maxHeight / logo.height);
  return { width: logo.width * scale, height: logo.height * scale };
}
