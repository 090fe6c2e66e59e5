import { expect } from '@esm-bundle/chai';
import { resolveLang } from './lang-controller';

describe('resolveLang', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.documentElement.removeAttribute('lang');
  });

  it('finds the nearest lang across shadow roots, then <html lang>, French by default', () => {
    const outer = document.createElement('div');
    outer.lang = 'en-CA';
    const host = document.createElement('div');
    outer.append(host);
    document.body.append(outer);
    const root = host.attachShadow({ mode: 'open' });
    const inside = document.createElement('span');
    root.append(inside);
    expect(resolveLang(inside)).to.equal('en');
    outer.removeAttribute('lang');
    expect(resolveLang(inside)).to.equal('fr');
    document.documentElement.lang = 'en';
    expect(resolveLang(inside)).to.equal('en');
    const french = document.createElement('p');
    french.lang = 'fr';
    root.append(french);
    const deep = document.createElement('i');
    french.append(deep);
    expect(resolveLang(deep)).to.equal('fr');
  });
});
