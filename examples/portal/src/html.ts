// HTML built only from escaped values: `html` is a tagged template whose interpolations are
// escaped unless they are already `Html` (the result of another `html` template).

/** A fragment of HTML whose every interpolated value was escaped. */
export class Html {
  /** @param value The markup, already safe. */
  constructor(readonly value: string) {}
  /** The markup. */
  toString(): string {
    return this.value;
  }
}

/** Escapes text for HTML content and attribute values (quoted with `"`). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return (part as readonly Part[]).map(render).join('');
  return escapeHtml(String(part));
}

/** Builds HTML: every interpolated string is escaped; arrays are joined; `null`/`false` render nothing. */
export function html(strings: TemplateStringsArray, ...values: readonly Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}
