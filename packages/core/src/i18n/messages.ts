import type { Lang, LocalizedText } from './lang';

/** Values a message template may interpolate: `{amount}` in a template reads `params.amount`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A namespace of messages in French and English, such as `compensation` or `notifications`. The
 * French dictionary defines the keys; the English one must have exactly the same keys (the
 * compiler checks it, and {@link checkMessageParity} also checks placeholders). Templates use
 * `{name}` placeholders.
 */
export interface MessageNamespace<K extends string = string> {
  /** The namespace's name, unique across the application, such as `compensation`. */
  readonly name: string;
  /** The French messages (the default language), by key. */
  readonly fr: Readonly<Record<K, string>>;
  /** The English messages, by the same keys. */
  readonly en: Readonly<Record<K, string>>;
}

/** The keys of a namespace. */
export type MessageKey<N> = N extends MessageNamespace<infer K> ? K : never;

/**
 * Defines a namespace of messages. Any package can define its own (for example `notifications`
 * or `pdf`) without touching the others; the French keys are the reference.
 *
 * @example
 * ```ts
 * export const greetings = defineMessages('greetings',
 *   { hello: 'Bonjour, {name} !' },
 *   { hello: 'Hello, {name}!' });
 * translate(greetings, 'hello', { name: 'Zoé' }); // { fr: 'Bonjour, Zoé !', en: 'Hello, Zoé!' }
 * ```
 */
export function defineMessages<const F extends Record<string, string>>(
  name: string,
  fr: F,
  en: { readonly [K in keyof F]: string },
): MessageNamespace<Extract<keyof F, string>> {
  return Object.freeze({
    name,
    fr: Object.freeze({ ...fr }),
    en: Object.freeze({ ...en }) as Readonly<Record<Extract<keyof F, string>, string>>,
  });
}

/** A piece of a compiled template: literal text, or a placeholder's name. */
export type TemplatePart = string | { readonly param: string };

const compiled = new Map<string, readonly TemplatePart[]>();
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Splits a template into literal text and placeholders, once per template (the result is cached). */
export function compileTemplate(template: string): readonly TemplatePart[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    const out: TemplatePart[] = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      const at = match.index;
      if (at > last) out.push(template.slice(last, at));
      out.push({ param: match[1] ?? '' });
      last = at + match[0].length;
    }
    if (last < template.length) out.push(template.slice(last));
    parts = out;
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Replaces each `{name}` of a template with `params.name`. A placeholder without a value stays
 * as it is, so a missing parameter shows instead of vanishing. Templates are compiled once.
 */
export function interpolate(template: string, params?: MessageParams): string {
  if (params === undefined) return template;
  const parts = compileTemplate(template);
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else {
      const value = params[part.param];
      out += value === undefined ? `{${part.param}}` : String(value);
    }
  }
  return out;
}

/** A message of a namespace in one language, with its placeholders filled. */
export function message<K extends string>(ns: MessageNamespace<K>, key: K, lang: Lang, params?: MessageParams): string {
  return interpolate(lang === 'en' ? ns.en[key] : ns.fr[key], params);
}

/** A message of a namespace in both languages, with its placeholders filled. */
export function translate<K extends string>(ns: MessageNamespace<K>, key: K, params?: MessageParams): LocalizedText {
  return { fr: interpolate(ns.fr[key], params), en: interpolate(ns.en[key], params) };
}

/**
 * A message in both languages whose parameters differ by language (formatted money and dates):
 * `{amount}` reads `frParams.amount` in French and `enParams.amount` in English.
 */
export function translateWith<K extends string>(
  ns: MessageNamespace<K>,
  key: K,
  frParams: MessageParams,
  enParams: MessageParams,
): LocalizedText {
  return { fr: interpolate(ns.fr[key], frParams), en: interpolate(ns.en[key], enParams) };
}

/** A problem found by {@link checkMessageParity}. */
export interface ParityProblem {
  readonly namespace: string;
  readonly key: string;
  readonly problem: 'missing_in_en' | 'extra_in_en' | 'empty' | 'placeholders_differ';
}

function placeholders(template: string): string {
  return [...template.matchAll(PLACEHOLDER)]
    .map((m) => m[1] ?? '')
    .sort()
    .join(',');
}

/**
 * Checks a namespace: every French key exists in English and no other, no message is empty, and
 * each pair of messages uses the same placeholders. Returns the problems (none when sound); run it
 * in a test for every namespace you define.
 */
export function checkMessageParity(ns: MessageNamespace): readonly ParityProblem[] {
  const problems: ParityProblem[] = [];
  const fr = ns.fr as Readonly<Record<string, string>>;
  const en = ns.en as Readonly<Record<string, string>>;
  for (const key of Object.keys(fr)) {
    const f = fr[key] ?? '';
    const e = en[key];
    if (e === undefined) {
      problems.push({ namespace: ns.name, key, problem: 'missing_in_en' });
      continue;
    }
    if (f.trim() === '' || e.trim() === '') problems.push({ namespace: ns.name, key, problem: 'empty' });
    if (placeholders(f) !== placeholders(e)) problems.push({ namespace: ns.name, key, problem: 'placeholders_differ' });
  }
  for (const key of Object.keys(en)) {
    if (!(key in fr)) problems.push({ namespace: ns.name, key, problem: 'extra_in_en' });
  }
  return problems;
}
