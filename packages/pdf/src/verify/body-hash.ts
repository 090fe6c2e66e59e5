// The SHA-256 of a document's body: a canonical form of what every page shows (its dictionary,
// content streams, fonts, images, annotations, inherited size and rotation), computed from the
// PDF object graph so that it does not depend on object numbers, cross-reference layout or
// object streams. The seal stream (the line that prints this hash) is the one thing left out.

import type { PDFDocument, PDFObject } from 'pdf-lib';
import { PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFStream, PDFString } from 'pdf-lib';
import { sha256Hex } from '@honoraria/core';

/** The key that marks the seal stream in its stream dictionary. */
export const SEAL_KEY = 'HonorariaSeal';

/** Page attributes a page may inherit from the page tree. */
const INHERITABLE = ['Resources', 'MediaBox', 'CropBox', 'Rotate'] as const;

const encoder = new TextEncoder();

/** Appends tokens and raw bytes; builds one buffer at the end. */
class CanonicalWriter {
  private readonly chunks: Uint8Array[] = [];
  private text = '';
  private size = 0;

  token(text: string): void {
    this.text += text;
  }

  bytes(bytes: Uint8Array): void {
    this.token(`${bytes.length}:`);
    this.flush();
    this.chunks.push(bytes);
    this.size += bytes.length;
  }

  private flush(): void {
    if (this.text === '') return;
    const encoded = encoder.encode(this.text);
    this.chunks.push(encoded);
    this.size += encoded.length;
    this.text = '';
  }

  finish(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** Whether a stream is the seal. */
export function isSealStream(object: PDFObject | undefined): object is PDFStream {
  return object instanceof PDFStream && object.dict.has(PDFName.of(SEAL_KEY));
}

/** The canonical bytes of every page, seal excluded. */
export function canonicalBody(doc: PDFDocument): Uint8Array {
  const context = doc.context;
  const out = new CanonicalWriter();
  const seen = new Map<string, number>();

  const write = (object: PDFObject | undefined, skip?: ReadonlySet<string>): void => {
    if (object === undefined) return out.token('u');
    if (object instanceof PDFRef) {
      const known = seen.get(object.tag);
      if (known !== undefined) return out.token(`r${known};`);
      seen.set(object.tag, seen.size);
      return write(context.lookup(object));
    }
    if (isSealStream(object)) return out.token('S');
    if (object instanceof PDFName) return out.token(`${object.asString()};`);
    if (object instanceof PDFNumber) return out.token(`#${object.toString()};`);
    if (object instanceof PDFString || object instanceof PDFHexString) {
      out.token('(');
      return out.bytes(object.asBytes());
    }
    if (object instanceof PDFBool) return out.token(object.asBoolean() ? 'T' : 'F');
    if (object instanceof PDFArray) {
      out.token('[');
      for (let i = 0; i < object.size(); i++) write(object.get(i));
      return out.token(']');
    }
    if (object instanceof PDFStream) {
      out.token('s');
      write(object.dict, LENGTH);
      return out.bytes(object.getContents());
    }
    if (object instanceof PDFDict) {
      out.token('<');
      const entries = object.entries().filter(([key]) => !skip?.has(key.asString()));
      entries.sort(([a], [b]) => (a.asString() < b.asString() ? -1 : a.asString() > b.asString() ? 1 : 0));
      for (const [key, value] of entries) {
        out.token(`${key.asString()};`);
        write(value);
      }
      return out.token('>');
    }
    out.token(`?${object.toString()};`); // null and anything else, by its PDF syntax
  };

  const pages = doc.getPages();
  out.token(`pages${pages.length};`);
  for (const page of pages) {
    seen.set(page.ref.tag, seen.size);
    const node = page.node;
    out.token('page');
    write(node, PARENT);
    for (const key of INHERITABLE) {
      const name = PDFName.of(key);
      if (node.has(name)) continue;
      const inherited = node.getInheritableAttribute(name);
      if (inherited !== undefined) {
        out.token(`inherit/${key};`);
        write(inherited);
      }
    }
  }
  return out.finish();
}

const PARENT: ReadonlySet<string> = new Set(['/Parent']);
const LENGTH: ReadonlySet<string> = new Set(['/Length']);

/** The body SHA-256 (hex) of a document. */
export function bodySha256(doc: PDFDocument): string {
  return sha256Hex(canonicalBody(doc));
}
