// The autoloader script-tag build (`dist-browser/honoraria-autoloader.min.js`): when a hon-* tag
// appears in the document, or in an open shadow root created after it ran, it loads that tag's
// chunk (`<base>/hon-<name>.js`, which registers the tag) from the base URL: the script's own
// folder, or its `data-base` attribute. A tag already registered (by the all-in-one build, say)
// is left alone, and each chunk registers its tag only if it is not registered yet.

/** The chunks loading or loaded, by tag. */
const loading = new Map<string, Promise<void>>();

/** Where the chunks are: the `data-base` of the script, else the script's folder. */
function baseUrl(): string {
  const script = document.currentScript as HTMLScriptElement | null;
  const explicit = script?.dataset['base'];
  if (explicit !== undefined && explicit !== '') return new URL(explicit.endsWith('/') ? explicit : `${explicit}/`, document.baseURI).href;
  return new URL('.', script?.src ?? document.baseURI).href;
}

/**
 * Loads the chunk of a tag once, unless the tag is registered.
 * @param tag - A lowercase `hon-*` tag name.
 * @param base - The base URL of the chunks.
 */
function load(tag: string, base: string): Promise<void> {
  let pending = loading.get(tag);
  if (pending === undefined) {
    pending =
      customElements.get(tag) !== undefined
        ? Promise.resolve()
        : import(/* @vite-ignore */ `${base}${tag}.js`).then(
            () => undefined,
            (error: unknown) => console.warn(`Honoraria: no element ${tag} at ${base}`, error),
          );
    loading.set(tag, pending);
  }
  return pending;
}

/**
 * Loads every undefined hon-* element under a root (the root included), looking into open shadow roots.
 * @param root - An element, document or shadow root.
 * @param base - The base URL of the chunks.
 */
function discover(root: ParentNode, base: string): void {
  if (root instanceof Element && root.localName.startsWith('hon-')) void load(root.localName, base);
  for (const el of root.querySelectorAll(':not(:defined)'))
    if (el.localName.startsWith('hon-')) void load(el.localName, base);
}

/**
 * Starts the autoloader: loads what is there, then watches the document and every open shadow
 * root attached from now on.
 * @param base - The base URL of the chunks.
 */
export function startAutoloader(base: string): void {
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node, base);
  });
  const watch = (root: Document | ShadowRoot): void => {
    observer.observe(root, { childList: true, subtree: true });
    discover(root, base);
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attachShadow.call(this, init);
    if (init.mode === 'open') watch(root);
    return root;
  };
  watch(document);
}

const started = '__honorariaAutoloader';
const global = globalThis as typeof globalThis & { [started]?: boolean };
if (typeof document !== 'undefined' && global[started] !== true) {
  global[started] = true;
  startAutoloader(baseUrl());
}
