// What the framework declarations share: the hon-* tags and, for each, its own settable properties.
import type {} from '@honoraria/forms/define';

/** Every `hon-*` tag registered by `@honoraria/forms/define`, with its element class. */
export type HonElementTagNameMap = {
  [K in keyof HTMLElementTagNameMap as K extends `hon-${string}` ? K : never]: HTMLElementTagNameMap[K];
};

/** The properties an element adds to `HTMLElement`, writable and optional (methods left out). */
export type HonElementProps<E> = {
  -readonly [K in Exclude<keyof E, keyof HTMLElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

/** The events the Honoraria elements fire (`hon-input`, `hon-change`, `hon-invalid`…). */
export type HonEventName = 'hon-input' | 'hon-change' | 'hon-invalid';
