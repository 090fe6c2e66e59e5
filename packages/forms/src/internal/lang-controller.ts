import type { Lang } from '@honoraria/core';
import { toLang } from '@honoraria/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The language of an element: the `lang` of the element or its closest ancestor, looking through
 * shadow roots to their hosts, then `<html lang>`; French when nothing says otherwise.
 */
export function resolveLang(element: Element): Lang {
  let node: Element | null = element;
  while (node !== null) {
    const found = node.closest('[lang]');
    if (found !== null) return toLang(found.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return toLang(document.documentElement.getAttribute('lang'));
}

const controllers = new Set<LangController>();
const observed = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function refreshAll(): void {
  for (const controller of controllers) controller.refresh();
}

function observe(root: Node): void {
  if (observed.has(root)) return;
  observer ??= new MutationObserver(refreshAll);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  observed.add(root);
}

/**
 * Keeps a Lit element's language ({@link resolveLang}) current: one MutationObserver shared by
 * every element watches `lang` attributes in the document and in each shadow root on the way up,
 * and re-renders the elements whose language changed.
 */
export class LangController implements ReactiveController {
  /** The element's current language. */
  lang: Lang = 'fr';

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** Starts watching when the element is connected. */
  hostConnected(): void {
    controllers.add(this);
    let root: Node = this.host.getRootNode();
    while (root instanceof ShadowRoot) {
      observe(root);
      root = root.host.getRootNode();
    }
    observe(document.documentElement);
    this.lang = resolveLang(this.host);
  }

  /** Stops watching when the element is disconnected. */
  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Reads the language again and re-renders the element if it changed. */
  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  }
}
