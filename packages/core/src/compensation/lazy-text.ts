import type { LocalizedText } from '../i18n/lang';

/**
 * Base of quote parts whose human text (`explanation` of a line, `message` of a warning) is
 * formatted on first read and then kept. The text is an own, enumerable property: JSON,
 * `structuredClone`, spreading, zod and deep equality all see a plain `{ fr, en }` value. Only
 * the cost moves: a quote read for its totals never formats a sentence.
 */
export abstract class LazyText {
  #build: (() => LocalizedText) | undefined;
  #value: LocalizedText | undefined;

  /** Installs `key` as an own, enumerable property whose value `build` produces on first read. */
  protected defineLazyText(key: 'explanation' | 'message', build: () => LocalizedText): void {
    this.#build = build;
    Object.defineProperty(this, key, key === 'explanation' ? EXPLANATION : MESSAGE);
  }

  /** The text of a part, formatted now if it was not yet. */
  static read(part: LazyText): LocalizedText {
    let value = part.#value;
    if (value === undefined) {
      value = (part.#build as () => LocalizedText)();
      part.#value = value;
      part.#build = undefined;
    }
    return value;
  }
}

function read(this: LazyText): LocalizedText {
  return LazyText.read(this);
}

const EXPLANATION: PropertyDescriptor = { get: read, enumerable: true, configurable: false };
const MESSAGE: PropertyDescriptor = { get: read, enumerable: true, configurable: false };
