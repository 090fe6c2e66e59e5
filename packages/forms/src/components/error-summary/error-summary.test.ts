import { expect } from '@esm-bundle/chai';
import './define';
import '../text-field/define';
import '../money-field/define';
import '../memorable-date/define';
import { axeViolations } from '../../internal/test/axe';
import { inner, typeInto } from '../../internal/test/form-control-conformance';
import type { HonErrorSummary } from './error-summary';

const FORM = `<main><h1>Demande</h1><form>
  <hon-error-summary title-prefix></hon-error-summary>
  <hon-text-field id="nom" name="nom" label="Nom" required></hon-text-field>
  <hon-money-field id="montant" name="montant" label="Montant" required></hon-money-field>
  <hon-memorable-date id="date" name="date" label="Date"></hon-memorable-date>
  <label for="courriel">Courriel</label><input id="courriel" name="courriel" type="email">
  <button>Envoyer</button>
</form></main>`;

async function mount(lang = 'fr'): Promise<{ form: HTMLFormElement; summary: HonErrorSummary; submitted: FormData[] }> {
  document.title = 'Demande de paiement';
  document.body.innerHTML = `<div lang="${lang}">${FORM}</div>`;
  const form = document.querySelector('form')!;
  const summary = document.querySelector('hon-error-summary')!;
  await summary.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  const submitted: FormData[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitted.push(new FormData(form));
  });
  return { form, summary, submitted };
}

const links = (summary: HonErrorSummary) => [...summary.shadowRoot!.querySelectorAll('a')];

describe('<hon-error-summary>', () => {
  const title = document.title;
  afterEach(() => {
    document.body.innerHTML = '';
    document.title = title;
  });

  it('stops an invalid submit, lists each problem as a link and takes focus', async () => {
    const { form, summary, submitted } = await mount();
    typeInto(inner(document.querySelector('#date')!, '#day'), '31');
    form.requestSubmit();
    await summary.updateComplete;
    expect(submitted).to.have.length(0);
    expect(form.noValidate).to.equal(true);
    expect(links(summary).map((a) => a.textContent!.trim())).to.deep.equal([
      'Nom : Ce champ est obligatoire.',
      'Montant : Ce champ est obligatoire.',
      'Date : La date doit comprendre un jour, un mois et une année.',
    ]);
    expect(document.activeElement).to.equal(summary);
    expect(summary.shadowRoot!.activeElement?.getAttribute('part')).to.equal('summary');
    expect(document.title).to.equal('Erreur : Demande de paiement');
    const money = document.querySelector('hon-money-field')!;
    await money.updateComplete;
    expect(inner<HTMLElement>(money, '[part="error"]').hidden).to.equal(false);
  });

  it('moves focus to the field when a link is activated', async () => {
    const { form, summary } = await mount();
    form.requestSubmit();
    await summary.updateComplete;
    links(summary)[1]!.click();
    const money = document.querySelector('#montant')!;
    expect(document.activeElement).to.equal(money);
    expect(money.shadowRoot!.activeElement?.id).to.equal('control');
  });

  it('lists native controls too, and lets a valid form through', async () => {
    const { form, summary, submitted } = await mount('en');
    typeInto(inner(document.querySelector('#nom')!, 'input'), 'Zoé');
    typeInto(inner(document.querySelector('#montant')!, 'input'), '$12.50');
    (document.querySelector('#courriel') as HTMLInputElement).value = 'not-an-email';
    form.requestSubmit();
    await summary.updateComplete;
    expect(links(summary)).to.have.length(1);
    expect(links(summary)[0]!.textContent).to.match(/^Courriel: /);
    expect(summary.shadowRoot!.textContent).to.contain('There is a problem');
    (document.querySelector('#courriel') as HTMLInputElement).value = 'zoe@example.org';
    form.requestSubmit();
    await summary.updateComplete;
    expect(submitted).to.have.length(1);
    expect(submitted[0]!.get('montant')).to.equal('1250');
    expect(links(summary)).to.have.length(0);
    expect(document.title).to.equal('Demande de paiement');
  });

  it('has no axe violations with errors shown', async () => {
    const { form, summary } = await mount();
    form.requestSubmit();
    await summary.updateComplete;
    expect(await axeViolations()).to.deep.equal([]);
  });
});
