import { expect } from '@esm-bundle/chai';
import './define';
import { inner, runFormControlConformance, typeInto } from '../../internal/test/form-control-conformance';
import type { HonDurationField } from './duration-field';

runFormControlConformance({
  tag: 'hon-duration-field',
  attributes: 'label="Durée"',
  requiredKey: 'required',
  fill: async (el) => typeInto(inner(el, 'input'), '1 h 30'),
  filledEntries: (entry) => expect(entry).to.equal('90'),
});

describe('<hon-duration-field>', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('accepts the ways people write a duration, in integer minutes', async () => {
    document.body.innerHTML = '<hon-duration-field label="Durée"></hon-duration-field>';
    const el = document.querySelector('hon-duration-field') as HonDurationField;
    await el.updateComplete;
    const input = inner(el, 'input');
    for (const [text, minutes] of [['1 h 30', 90], ['1,5', 90], ['1.5', 90], ['90 min', 90], ['1:30', 90], ['2', 120]] as const) {
      typeInto(input, text);
      await el.updateComplete;
      expect(el.value, text).to.equal(minutes);
    }
    expect(input.value).to.equal('2\u00a0h');
    typeInto(input, '1,33');
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Saisissez des minutes entières, comme 1 h 20.');
  });
});
