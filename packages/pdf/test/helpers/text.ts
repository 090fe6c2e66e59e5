/** Text as compared in tests: NFC, every Unicode space (U+00A0, U+202F…) and line break as one space. */
export function flat(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
