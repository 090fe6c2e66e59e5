import { expect } from '@esm-bundle/chai';
import './define';
import { inner, runFormControlConformance } from '../../internal/test/form-control-conformance';
import type { HonFileDrop } from './file-drop';

function drop(el: Element, files: File[]): void {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  inner(el, '[part~="dropzone"]').dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
}

const receipt = () => new File(['%PDF-1.7 reçu'], 'recu.pdf', { type: 'application/pdf' });

runFormControlConformance({
  tag: 'hon-file-drop',
  attributes: 'label="Reçu" accept=".pdf,image/*" max-size="1048576"',
  requiredKey: 'required_file',
  fill: async (el) => drop(el, [receipt()]),
  filledEntries: (entry) => {
    expect(entry).to.be.instanceOf(File);
    expect((entry as File).name).to.equal('recu.pdf');
  },
});

async function mount(markup: string): Promise<HonFileDrop> {
  document.body.innerHTML = markup;
  const el = document.querySelector('hon-file-drop')!;
  await el.updateComplete;
  return el;
}

describe('<hon-file-drop>', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('keeps Files (Blobs), refuses wrong types and large files with a message naming them', async () => {
    const el = await mount('<form><hon-file-drop name="r" label="Reçus" multiple accept=".pdf" max-size="10"></hon-file-drop></form>');
    drop(el, [new File(['x'], 'a.pdf', { type: 'application/pdf' }), new File(['x'], 'photo.png', { type: 'image/png' })]);
    await el.updateComplete;
    expect(el.value.map((f) => f.name)).to.deep.equal(['a.pdf']);
    expect(el.value[0]).to.be.instanceOf(Blob);
    expect(el.validity.typeMismatch).to.equal(true);
    expect(el.validationMessage).to.equal('Le fichier photo.png n’est pas d’un type accepté.');
    drop(el, [new File(['x'.repeat(20)], 'gros.pdf', { type: 'application/pdf' })]);
    await el.updateComplete;
    expect(el.validationMessage).to.match(/^Le fichier gros\.pdf dépasse /);
    drop(el, [new File(['y'], 'b.pdf', { type: 'application/pdf' })]);
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    const files = new FormData(document.querySelector('form')!).getAll('r') as File[];
    expect(files.map((f) => f.name)).to.deep.equal(['a.pdf', 'b.pdf']);
    expect(await files[1]!.text()).to.equal('y');
  });

  it('is keyboard operable: the picker button is focusable and each file has a remove button', async () => {
    const el = await mount('<hon-file-drop label="Reçu"></hon-file-drop>');
    el.focus();
    expect(el.shadowRoot!.activeElement?.id).to.equal('pick');
    drop(el, [receipt()]);
    await el.updateComplete;
    const remove = inner<HTMLButtonElement>(el, '[part="remove"]');
    expect(remove.textContent!.trim()).to.equal('Retirer recu.pdf');
    remove.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('pick');
  });
});
