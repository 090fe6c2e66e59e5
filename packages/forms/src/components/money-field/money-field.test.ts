import { expect } from '@esm-bundle/chai';
import './define';
import { inner, runFormControlConformance, typeInto } from '../../internal/test/form-control-conformance';
import type { HonMoneyField } from './money-field';

runFormControlConformance({
  tag: 'hon-money-field',
  attributes: 'label="Montant"',
  requiredKey: 'required',
  fill: async (el) => typeInto(inner(el, 'input'), '1 234,56 $'),
  filledEntries: (entry) => expect(entry).to.equal('123456'),
});

async function mount(markup: string): Promise<HonMoneyField> {
  document.body.innerHTML = markup;
  const el = document.querySelector('hon-money-field')!;
  await el.updateComplete;
  return el;
}

describe('<hon-money-field>', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('reads French and English amounts into cents and rewrites them in the page language', async () => {
    const el = await mount('<div lang="en"><hon-money-field label="Amount"></hon-money-field></div>');
    const input = inner(el, 'input');
    typeInto(input, '$1,234.56');
    await el.updateComplete;
    expect(el.value).to.equal(123456);
    typeInto(input, '1234,5');
    await el.updateComplete;
    expect(el.value).to.equal(123450);
    expect(input.value).to.equal('$1,234.50');
  });

  it('shows the default value formatted, and says why a text is not an amount', async () => {
    const el = await mount('<hon-money-field label="Montant" value="2500" max="10000"></hon-money-field>');
    expect(inner(el, 'input').value).to.equal('25,00\u00a0$');
    typeInto(inner(el, 'input'), '12,345');
    await el.updateComplete;
    expect(el.validity.badInput).to.equal(true);
    expect(el.validationMessage).to.equal('Saisissez un montant avec au plus 2 décimales, comme 12,50 $.');
    typeInto(inner(el, 'input'), '200');
    await el.updateComplete;
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(el.validationMessage).to.equal('Saisissez un montant d’au plus 100,00\u00a0$.');
  });
});
