import { expect } from '@esm-bundle/chai';
import './define';
import { inner, runFormControlConformance } from '../../internal/test/form-control-conformance';
import type { HonChoice } from './choice';

const OPTIONS = '<option value="accept">Accepter</option><option value="decline">Refuser</option><option value="donate">Donner</option>';

for (const type of ['radio', 'checkbox'] as const) {
  const tag = `hon-choice`;
  describe(`type=${type}`, () => {
    runFormControlConformance({
      tag,
      attributes: `type="${type}" label="Votre choix"`,
      children: OPTIONS,
      requiredKey: type === 'radio' ? 'required_choice' : 'required_choices',
      fill: async (el) => inner(el, '#option-1').click(),
      filledEntries: (entry) => expect(entry).to.equal('decline'),
    });
  });
}

async function mount(markup: string): Promise<HonChoice> {
  document.body.innerHTML = markup;
  const el = document.querySelector('hon-choice')!;
  await el.updateComplete;
  return el;
}

describe('<hon-choice>', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('submits every checked box under the name, and starts from the selected options', async () => {
    document.body.innerHTML = `<form><hon-choice type="checkbox" name="c" label="Frais"><option value="a" selected>A</option><option value="b">B</option><option value="c" selected>C</option></hon-choice></form>`;
    const el = document.querySelector('hon-choice')!;
    await el.updateComplete;
    await el.updateComplete;
    expect(new FormData(document.querySelector('form')!).getAll('c')).to.deep.equal(['a', 'c']);
    inner(el, '#option-1').click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['a', 'c', 'b']);
  });

  it('reads option text as text, never as HTML', async () => {
    const el = await mount('<hon-choice label="Q"><option value="x">&lt;img src=x onerror=alert(1)&gt;</option></hon-choice>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(inner(el, 'label[for="option-0"]').textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('moves between radios with the arrow keys (native radios in one group)', async () => {
    const el = await mount(`<hon-choice label="Q">${OPTIONS}</hon-choice>`);
    const radios = [...el.shadowRoot!.querySelectorAll('input')];
    expect(new Set(radios.map((r) => r.name)).size).to.equal(1);
    expect(el.shadowRoot!.querySelector('fieldset legend')).to.exist;
  });
});

describe('<hon-choice> options', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('takes options from the property, and follows <option> children added later', async () => {
    const el = await mount('<hon-choice label="Q"></hon-choice>');
    el.append(Object.assign(document.createElement('option'), { value: 'late', textContent: 'Plus tard' }));
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(inner(el, 'label[for="option-0"]').textContent).to.equal('Plus tard');
    el.options = [{ value: 'x', label: 'Option X' }, { value: 'y', label: 'Option Y' }];
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent)).to.deep.equal(['Option X', 'Option Y']);
    el.value = 'y';
    await el.updateComplete;
    expect(inner(el, '#option-1').checked).to.equal(true);
  });
});
