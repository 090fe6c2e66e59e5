import { expect } from '@esm-bundle/chai';

// The all-in-one script-tag build, loaded as a page would: one classic <script>.

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

const errors: unknown[] = [];
window.addEventListener('error', (event) => errors.push(event.error ?? event.message));

const SRC = '/__honoraria__/browser/honoraria-forms.min.js';

describe('the all-in-one script-tag build', () => {
  before(() => loadScript(SRC));

  it('registers every hon-* tag and exposes the REST client', async () => {
    const global = (window as unknown as { HonorariaForms: Record<string, unknown> }).HonorariaForms;
    expect(global['createRestClient']).to.be.a('function');
    expect(global['announce']).to.be.a('function');
    for (const tag of ['hon-money', 'hon-text-field', 'hon-money-field', 'hon-duration-field', 'hon-memorable-date', 'hon-choice', 'hon-file-drop', 'hon-attestation', 'hon-error-summary'])
      expect(customElements.get(tag), tag).to.exist;
  });

  it('renders markup alone, in the language of the page', async () => {
    document.body.innerHTML = '<p lang="en-CA"><hon-money cents="123456"></hon-money></p>';
    const el = document.querySelector('hon-money') as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('$1,234.56');
  });

  it('can be loaded twice without an error', async () => {
    const before = customElements.get('hon-money');
    await loadScript(SRC);
    expect(customElements.get('hon-money')).to.equal(before);
    expect(errors).to.deep.equal([]);
  });
});
