import { expect } from '@esm-bundle/chai';

// The custom elements manifest (`custom-elements.json`, written on build) against the elements
// themselves: every `hon-*` tag that `@honoraria/forms/define` registers has an entry, whose
// attributes are exactly the element's observed attributes, whose events, parts and custom
// properties are documented, and whose rendered parts are all listed.

interface Named {
  readonly name: string;
  readonly description?: string;
}
interface Declaration {
  readonly kind: string;
  readonly name: string;
  readonly tagName?: string;
  readonly summary?: string;
  readonly attributes?: readonly Named[];
  readonly events?: readonly Named[];
  readonly cssParts?: readonly Named[];
  readonly cssProperties?: readonly Named[];
  readonly slots?: readonly Named[];
}
interface Manifest {
  readonly modules: readonly { readonly path: string; readonly declarations?: readonly Declaration[] }[];
}

const registered = new Map<string, CustomElementConstructor>();
const define = customElements.define.bind(customElements);
customElements.define = (name: string, constructor: CustomElementConstructor, options?: ElementDefinitionOptions) => {
  registered.set(name, constructor);
  define(name, constructor, options);
};

let manifest: Manifest;
const entries = new Map<string, Declaration>();

before(async () => {
  await import('./define');
  const response = await fetch('/__honoraria__/custom-elements.json');
  manifest = (await response.json()) as Manifest;
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? []) if (d.tagName !== undefined) entries.set(d.tagName, d);
});

describe('custom-elements.json', () => {
  it('lists every registered hon-* tag, and only those', () => {
    const tags = [...registered.keys()].filter((t) => t.startsWith('hon-')).sort();
    expect(tags.length).to.be.greaterThan(8);
    expect([...entries.keys()].sort()).to.deep.equal(tags);
  });

  it('gives each element a summary and documents each of its events, parts and custom properties', () => {
    for (const [tag, d] of entries) {
      expect(d.summary ?? '', `${tag} summary`).to.not.equal('');
      for (const list of [d.events, d.cssParts, d.cssProperties, d.slots, d.attributes])
        for (const item of list ?? []) expect(item.description ?? '', `${tag} ${item.name}`).to.not.equal('');
      for (const event of d.events ?? []) expect(event.name, tag).to.match(/^hon-[a-z-]+$/);
      for (const prop of d.cssProperties ?? []) expect(prop.name, tag).to.match(/^--hon-[a-z-]+$/);
      expect(d.cssProperties ?? [], `${tag} custom properties`).to.not.be.empty;
    }
  });

  it("has exactly each element's observed attributes", () => {
    for (const [tag, d] of entries) {
      const observed = (registered.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      const listed = (d.attributes ?? []).map((a) => a.name);
      expect([...listed].sort(), tag).to.deep.equal([...observed].sort());
    }
  });

  it('lists every part an element renders', async () => {
    for (const [tag, d] of entries) {
      const el = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
      el.setAttribute('label', 'Label');
      el.setAttribute('hint', 'Hint');
      document.body.append(el);
      await el.updateComplete;
      const rendered = new Set<string>();
      for (const node of el.shadowRoot?.querySelectorAll('[part]') ?? [])
        for (const part of node.getAttribute('part')!.split(/\s+/)) rendered.add(part);
      const listed = new Set((d.cssParts ?? []).map((p) => p.name));
      for (const part of rendered) expect(listed.has(part), `${tag} ::part(${part})`).to.equal(true);
      el.remove();
    }
  });
});
