import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { singleLineText, stripBidiControls } from '../../src/encoding/inert-text';

const BIDI = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('inert text', () => {
  it('removes every bidirectional control and nothing else', () => {
    expect(stripBidiControls(`a${BIDI.join('')}b`)).toBe('ab');
    expect(stripBidiControls('Zoé \u202Egnp.exe\u202C')).toBe('Zoé gnp.exe');
    // Right-to-left letters keep their own direction: nothing to strip.
    expect(stripBidiControls('سلام Nguyễn ᓴᒻ')).toBe('سلام Nguyễn ᓴᒻ');
  });

  it('makes one line of a subject or a name: no line break can start a header', () => {
    expect(singleLineText('Bonjour\r\nBcc: intrus@evil.example')).toBe('Bonjour Bcc: intrus@evil.example');
    expect(singleLineText(' a\u2028b\u2029c\u0085d\te\0f ')).toBe('a b c d e f');
    expect(singleLineText('\u2066\u202E')).toBe('');
  });

  it('never leaves a control, a line separator or a bidi control, and is idempotent (property)', () => {
    const hostile = fc.constantFrom(...BIDI, '\r', '\n', '\t', '\0', '\u0085', '\u2028', '\u2029', ' ', 'a', 'é', '=');
    fc.assert(
      fc.property(fc.array(fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 20 }), (parts) => {
        const line = singleLineText(parts.join(''));
        return !/[\p{Cc}\p{Bidi_Control}\u2028\u2029]/u.test(line) && singleLineText(line) === line && line === line.trim();
      }),
    );
  });
});
