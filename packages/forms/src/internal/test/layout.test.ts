import { expect } from '@esm-bundle/chai';
import '../../define';
import { axeViolations } from './axe';

const CONTROLS = `
  <hon-error-summary></hon-error-summary>
  <hon-text-field name="a" label="Nom complet de la personne partenaire" required></hon-text-field>
  <hon-memorable-date name="b" label="Date de l’activité" required></hon-memorable-date>
  <hon-duration-field name="c" label="Durée" hint="Par exemple 1 h 30, 1,5 ou 90 min" required></hon-duration-field>
  <hon-money-field name="d" label="Montant du stationnement" required></hon-money-field>
  <hon-choice name="e" label="Votre choix de rétribution" required><option value="a">Recevoir le paiement</option><option value="b">Faire un don à l’établissement</option></hon-choice>
  <hon-file-drop name="f" label="Reçus" accept=".pdf,.jpg,.png" max-size="5242880" required></hon-file-drop>
  <hon-attestation name="g" label="J’atteste que les renseignements fournis sont exacts et complets." policy-version="2026-03" required></hon-attestation>
  <button>Envoyer</button>`;

describe('every control together', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('fits 320 px without horizontal scroll, empty and with errors', async () => {
    document.body.innerHTML = `<main style="width:320px;padding:0;margin:0"><h1>Demande</h1><form>${CONTROLS}</form></main>`;
    const form = document.querySelector('form')!;
    await new Promise((r) => setTimeout(r, 0));
    const limit = document.querySelector('main')!.getBoundingClientRect().right + 0.5;
    const check = () => {
      for (const el of form.querySelectorAll<HTMLElement>('*')) {
        const right = el.getBoundingClientRect().right;
        expect(right, el.localName).to.be.at.most(limit);
        for (const inside of el.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? []) {
          expect(inside.getBoundingClientRect().right, `${el.localName} ${inside.localName}`).to.be.at.most(limit);
        }
      }
    };
    check();
    form.requestSubmit();
    await new Promise((r) => setTimeout(r, 50));
    check();
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('leaks no styles into the page', async () => {
    document.body.innerHTML = `<p id="outside">Texte</p><input id="native">`;
    const look = () =>
      ['#outside', '#native'].map((id) => {
        const s = getComputedStyle(document.querySelector(id)!);
        return [s.fontFamily, s.color, s.borderTopWidth, s.borderTopColor, s.marginBottom, s.outlineColor].join('|');
      });
    const before = look();
    document.body.insertAdjacentHTML('afterbegin', `<form>${CONTROLS}</form>`);
    await new Promise((r) => setTimeout(r, 0));
    expect(look()).to.deep.equal(before);
    expect(document.querySelectorAll('style, link[rel="stylesheet"]')).to.have.length(0);
    expect(document.adoptedStyleSheets).to.have.length(0);
  });
});
