// JSX types for React 19: `import type {} from '@honoraria/forms/react'` once in the application.
// React 19 sets a custom element's properties when the element has them (objects and arrays
// included) and listens to `on<event>` props: `onhon-change={…}` listens to `hon-change`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { HonElementProps, HonElementTagNameMap, HonEventName } from './elements.js';

/** The `on<event>` props of the Honoraria events (React 19 adds them as event listeners). */
export type HonReactEventProps = { [E in HonEventName as `on${E}`]?: (event: CustomEvent) => void };

/** The JSX props of one Honoraria element in React 19. */
export type HonReactProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  HonElementProps<E> &
  HonReactEventProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends HonIntrinsicElements {}
  }
}

/** Each `hon-*` tag with its JSX props. */
export type HonIntrinsicElements = { [K in keyof HonElementTagNameMap]: HonReactProps<HonElementTagNameMap[K]> };
