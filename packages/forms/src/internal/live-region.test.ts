import { expect } from '@esm-bundle/chai';
import { announce, mountLiveRegion } from './live-region';

describe('announce (the light-DOM live region)', () => {
  it('says a status message through one polite region in light DOM, as text', async () => {
    const region = mountLiveRegion();
    expect(mountLiveRegion()).to.equal(region);
    expect(region.parentElement).to.equal(document.body);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await announce('<b>Brouillon</b> enregistré');
    expect(region.textContent).to.equal('<b>Brouillon</b> enregistré');
    expect(region.querySelector('b')).to.equal(null);
    await announce('12 demandes approuvées, 1 refusée');
    expect(document.querySelectorAll('[data-hon-live-region]')).to.have.length(1);
    expect(region.textContent).to.equal('12 demandes approuvées, 1 refusée');
  });
});

describe('define', () => {
  it('mounts the status region when the elements are registered', async () => {
    document.querySelectorAll('[data-hon-live-region]').forEach((r) => r.remove());
    await import('../define');
    expect(document.querySelector('[data-hon-live-region="polite"]')).to.exist;
  });
});
