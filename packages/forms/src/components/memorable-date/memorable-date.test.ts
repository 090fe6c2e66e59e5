import { expect } from '@esm-bundle/chai';
import './define';
import { inner, runFormControlConformance, typeInto } from '../../internal/test/form-control-conformance';
import type { HonMemorableDate } from './memorable-date';

async function fillDate(el: Element, day: string, month: string, year: string): Promise<void> {
  typeInto(inner(el, '#day'), day);
  typeInto(inner(el, '#month'), month);
  typeInto(inner(el, '#year'), year);
}

runFormControlConformance({
  tag: 'hon-memorable-date',
  attributes: 'label="Date de naissance"',
  requiredKey: 'required_date',
  fill: (el) => fillDate(el, '27', 'mars', '2007'),
  filledEntries: (entry) => expect(entry).to.equal('2007-03-27'),
});

async function mount(markup: string): Promise<HonMemorableDate> {
  document.body.innerHTML = markup;
  const el = document.querySelector('hon-memorable-date')!;
  await el.updateComplete;
  return el;
}

function order(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('input')].map((i) => i.id);
}

describe('<hon-memorable-date>', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('orders the fields as each language speaks a date, and follows a lang change', async () => {
    const el = await mount('<div lang="fr"><hon-memorable-date label="Date"></hon-memorable-date></div>');
    expect(order(el)).to.deep.equal(['day', 'month', 'year']);
    expect([...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent)).to.deep.equal(['Jour', 'Mois', 'Année']);
    el.parentElement!.lang = 'en';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(order(el)).to.deep.equal(['month', 'day', 'year']);
    expect(inner(el, '#hint').textContent).to.contain('March 27, 2007');
  });

  it('accepts month names in both languages and says what is wrong', async () => {
    const el = await mount('<hon-memorable-date label="Date" max="2026-12-31"></hon-memorable-date>');
    await fillDate(el, '29', 'February', '2028');
    await el.updateComplete;
    expect(el.value).to.equal('2028-02-29');
    await fillDate(el, '29', 'févr', '2027');
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.validationMessage).to.equal('Cette date n’existe pas.');
    typeInto(inner(el, '#month'), 'Truc');
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Le mois doit être un nombre de 1 à 12 ou un nom de mois.');
    el.reportValidity();
    await el.updateComplete;
    await el.updateComplete;
    expect(inner(el, '#month').getAttribute('aria-invalid')).to.equal('true');
    expect(inner(el, '#day').getAttribute('aria-invalid')).to.equal('false');
    await fillDate(el, '1', '1', '2027');
    await el.updateComplete;
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(el.validationMessage).to.equal('La date doit être le 31 décembre 2026 ou avant.');
  });
});
