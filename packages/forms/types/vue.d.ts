// Vue 3 types: `import type {} from '@honoraria/forms/vue'` once in the application, and tell
// Vue's compiler that hon-* tags are custom elements (`compilerOptions.isCustomElement:
// (tag) => tag.startsWith('hon-')`). Volar then checks each tag's props in templates.
import type { HonElementProps, HonElementTagNameMap, HonEventName } from './elements.js';

/** `hon-change` → `HonChange`, as Vue's `toHandlerKey(camelize(…))` does. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** The `on<Event>` listeners Volar maps `@hon-change` to (`onHonChange`). */
export type HonVueEventProps = { [E in HonEventName as `on${Pascal<E>}`]?: (event: CustomEvent) => void };

/** The component type Volar reads for a tag: a constructor whose instance has `$props`. */
export interface HonVueComponent<E extends HTMLElement> {
  new (): { $props: HonElementProps<E> & HonVueEventProps & { class?: unknown; style?: unknown; lang?: string; id?: string } };
}

/** Each `hon-*` tag as a Vue global component. */
export type HonGlobalComponents = { [K in keyof HonElementTagNameMap]: HonVueComponent<HonElementTagNameMap[K]> };

declare module 'vue' {
  interface GlobalComponents extends HonGlobalComponents {}
}
