import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../define';

const FORM = `<main><h1>Demande</h1><button id="start">Début</button><form lang="fr">
  <hon-error-summary></hon-error-summary>
  <hon-text-field name="nom" label="Nom" required></hon-text-field>
  <hon-memorable-date name="date" label="Date" required></hon-memorable-date>
  <hon-duration-field name="duree" label="Durée" required></hon-duration-field>
  <hon-money-field name="montant" label="Montant"></hon-money-field>
  <hon-choice name="choix" label="Choix" required><option value="a">A</option><option value="b">B</option><option value="c">C</option></hon-choice>
  <hon-file-drop name="recu" label="Reçu"></hon-file-drop>
  <hon-attestation name="att" label="J’atteste." policy-version="v1" required></hon-attestation>
  <button id="send">Envoyer</button>
</form></main>`;

function focused(): string {
  let el: Element | null = document.activeElement;
  const path: string[] = [];
  while (el !== null) {
    path.push(el.id === '' ? el.localName : `${el.localName}#${el.id}`);
    el = el.shadowRoot?.activeElement ?? null;
  }
  return path.join(' > ');
}

async function mount(): Promise<HTMLFormElement> {
  document.body.innerHTML = FORM;
  await new Promise((r) => setTimeout(r, 0));
  await Promise.all([...document.querySelectorAll('form > *')].map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  return document.querySelector('form')!;
}

describe('keyboard only', () => {
  afterEach(async () => {
    document.body.innerHTML = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('tabs through every control in order, one stop per radio group', async () => {
    await mount();
    document.querySelector<HTMLElement>('#start')!.focus();
    const stops: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      await sendKeys({ press: 'Tab' });
      stops.push(focused());
    }
    expect(stops).to.deep.equal([
      'hon-text-field > input#control',
      'hon-memorable-date > input#day',
      'hon-memorable-date > input#month',
      'hon-memorable-date > input#year',
      'hon-duration-field > input#control',
      'hon-money-field > input#control',
      'hon-choice > input#option-0',
      'hon-file-drop > button#pick',
      'hon-attestation > input#control',
      'button#send',
    ]);
  });

  it('types, picks with arrows and space, and submits with Enter', async () => {
    const form = await mount();
    const data: FormData[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      data.push(new FormData(form));
    });
    document.querySelector<HTMLElement>('hon-text-field')!.focus();
    await sendKeys({ type: 'Zoé' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '27' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'mars' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2007' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1,5' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '12,50' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('hon-choice > input#option-1');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    document.querySelector<HTMLElement>('hon-text-field')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(data).to.have.length(1);
    expect(Object.fromEntries(data[0]!)).to.deep.equal({ nom: 'Zoé', date: '2007-03-27', duree: '90', montant: '1250', choix: 'b', att: 'v1' });
  });

  it('on a failed submit, focus goes to the summary; its links lead to the fields', async () => {
    await mount();
    document.querySelector<HTMLElement>('hon-text-field')!.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 0));
    expect(focused()).to.equal('hon-error-summary > div');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('hon-error-summary > a');
    await sendKeys({ press: 'Enter' });
    expect(focused()).to.equal('hon-memorable-date > input#day');
  });

  it('has no horizontal scroll in a 320 px wide viewport', async () => {
    await setViewport({ width: 320, height: 640 });
    const form = await mount();
    form.requestSubmit();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
