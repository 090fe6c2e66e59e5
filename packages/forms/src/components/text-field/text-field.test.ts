import { expect } from '@esm-bundle/chai';
import './define';
import { runFormControlConformance, inner, typeInto } from '../../internal/test/form-control-conformance';
import type { HonTextField } from './text-field';

runFormControlConformance({
  tag: 'hon-text-field',
  attributes: 'label="Nom"',
  requiredKey: 'required',
  fill: async (el) => typeInto(inner(el, 'input'), 'Zoé'),
  filledEntries: (entry) => expect(entry).to.equal('Zoé'),
});

describe('<hon-text-field>', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('checks length and email type with messages from core', async () => {
    document.body.innerHTML = '<hon-text-field label="Courriel" type="email" minlength="5"></hon-text-field>';
    const el = document.querySelector('hon-text-field') as HonTextField;
    await el.updateComplete;
    el.value = 'ab';
    await el.updateComplete;
    expect(el.validity.tooShort).to.equal(true);
    expect(el.validationMessage).to.equal('Saisissez au moins 5 caractères.');
    el.value = 'pas-un-courriel';
    await el.updateComplete;
    expect(el.validity.typeMismatch).to.equal(true);
    el.value = 'zoe@example.org';
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
  });
});
