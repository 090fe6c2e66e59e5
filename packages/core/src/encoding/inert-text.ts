/**
 * Text made inert where it could be misread: a header line or a display name must stay on one
 * line, and must not be reordered on screen by bidirectional controls (U+202E, right-to-left
 * override, turns "gnp.exe" into a name that reads "exe.png").
 */

/** Unicode's bidirectional formatting characters (`Bidi_Control`): U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069. */
const BIDI_CONTROLS = /\p{Bidi_Control}/gu;
/** Control characters (CR, LF, tab, NUL…), NEL and the Unicode line and paragraph separators. */
const LINE_CONTROLS = /[\p{Cc}\u2028\u2029]+/gu;

/**
 * Removes the bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069). Right-to-left scripts still display correctly: their direction comes from the
 * letters themselves.
 */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * One inert line, for an email subject, a display name or any header: bidirectional controls
 * removed, line breaks and other control characters turned into single spaces, the ends trimmed.
 *
 * @example
 * ```ts
 * singleLineText('Bonjour\r\nBcc: x@evil.example'); // 'Bonjour Bcc: x@evil.example'
 * singleLineText('Zoé \u202Egnp.exe'); // 'Zoé gnp.exe'
 * ```
 */
export function singleLineText(text: string): string {
  return stripBidiControls(text).replace(LINE_CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
}
