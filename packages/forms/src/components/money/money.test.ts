import { expect } from '@esm-bundle/chai';
import './define';
import type { HonMoney } from './money';
import { axeViolations } from '../../internal/test/axe';

async function mount(markup: string): Promise<HonMoney> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const el = host.querySelector('hon-money')!;
  await el.updateComplete;
  return el;
}

describe('<hon-money>', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('registers as a custom element', () => {
    expect(customElements.get('hon-money')).to.exist;
  });

  it('formats in French by default', async () => {
    const el = await mount('<hon-money cents="123456"></hon-money>');
    expect(el.shadowRoot!.textContent).to.equal('1\u00a0234,56\u00a0$');
  });

  it('follows the lang of its closest ancestor', async () => {
    const el = await mount('<p lang="en-CA"><hon-money cents="5000"></hon-money></p>');
    expect(el.shadowRoot!.textContent).to.equal('$50.00');
  });

  it('has no accessibility violations', async () => {
    await mount('<main lang="fr"><h1>Total</h1><hon-money cents="2500"></hon-money></main>');
    expect(await axeViolations()).to.deep.equal([]);
  });
});

describe('<hon-money> language', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('re-renders when the nearest lang changes', async () => {
    document.body.innerHTML = '<p lang="fr"><hon-money cents="5000"></hon-money></p>';
    const el = document.querySelector('hon-money')!;
    await el.updateComplete;
    el.parentElement!.lang = 'en';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('$50.00');
  });
});
