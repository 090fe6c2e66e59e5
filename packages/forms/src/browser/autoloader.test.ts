import { expect } from '@esm-bundle/chai';

// The autoloader script-tag build, loaded as a page would: one classic <script>, then markup.

/** Loads a classic script and waits for it. */
function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} failed to load`));
    document.head.append(script);
  });
}

/** The chunk files the page has fetched. */
function fetchedChunks(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name.split('/').pop()!)
    .filter((name) => name.startsWith('hon-'))
    .sort();
}

const errors: unknown[] = [];
window.addEventListener('error', (event) => errors.push(event.error ?? event.message));

/** Waits until a tag is registered, failing after a while. */
function defined(tag: string): Promise<unknown> {
  return Promise.race([
    customElements.whenDefined(tag),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${tag} never registered`)), 10_000)),
  ]);
}

describe('the autoloader script-tag build', () => {
  before(async () => {
    document.body.innerHTML = '<hon-money cents="5000" lang="fr-CA"></hon-money>';
    await loadScript('/__honoraria__/browser/honoraria-autoloader.min.js');
  });

  it('loads the chunk of a tag already in the page, from its own folder', async () => {
    await defined('hon-money');
    const el = document.querySelector('hon-money') as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('50,00\u00a0$');
    expect(fetchedChunks()).to.deep.equal(['hon-money.js']);
  });

  it('loads the chunk of a tag added later, and only that one', async () => {
    const field = document.createElement('hon-text-field');
    field.setAttribute('label', 'Courriel');
    document.body.append(field);
    await defined('hon-text-field');
    expect(fetchedChunks()).to.deep.equal(['hon-money.js', 'hon-text-field.js']);
  });

  it('loads the chunk of a tag inside an open shadow root', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><hon-choice label="Choix"></hon-choice></p>';
    await defined('hon-choice');
    expect(fetchedChunks()).to.include('hon-choice.js');
  });

  it('leaves alone a tag the all-in-one build registered, and registering twice is harmless', async () => {
    await loadScript('/__honoraria__/browser/honoraria-forms.min.js');
    const before = customElements.get('hon-file-drop');
    document.body.append(document.createElement('hon-file-drop'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(customElements.get('hon-file-drop')).to.equal(before);
    expect(fetchedChunks()).to.not.include('hon-file-drop.js');
    // A chunk loaded after the all-in-one build does not register its tag again.
    await import(/* @vite-ignore */ '/__honoraria__/browser/hon-attestation.js' as string);
    expect(errors).to.deep.equal([]);
  });
});
