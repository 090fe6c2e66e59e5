import { expect } from '@esm-bundle/chai';
import './define';
import { axeViolations } from '../../internal/test/axe';
import { fill, partnerWorld } from '../../internal/test/world';
import type { PartnerWorld } from '../../internal/test/world';
import type { HonPaymentRequestForm } from './payment-request-form';

let key = 0;

async function mount(w: PartnerWorld, lang = 'fr', extra = ''): Promise<HonPaymentRequestForm> {
  key += 1;
  document.body.innerHTML = `<main lang="${lang}"><hon-payment-request-form storage-key="t-${Date.now()}-${key}" expense-types="mileage,parking" autosave-delay="50" ${extra}></hon-payment-request-form></main>`;
  const el = document.querySelector('hon-payment-request-form')!;
  el.client = w.client;
  await el.load();
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: HonPaymentRequestForm, sel: string): T | null => el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: HonPaymentRequestForm, sel: string): Element[] => [...el.shadowRoot!.querySelectorAll(sel)];

async function addMeeting(el: HonPaymentRequestForm, minutes = 90): Promise<string> {
  $<HTMLButtonElement>(el, '[part="add"][data-kind="entries"]')!.click();
  await el.updateComplete;
  const row = $$(el, '[part="row"]').at(-1)!;
  fill(row.querySelector('hon-memorable-date'), '2026-03-02');
  fill(row.querySelector('hon-choice'), 'meeting');
  fill(row.querySelector('hon-duration-field'), minutes);
  await el.updateComplete;
  return row.getAttribute('data-row')!;
}

describe('<hon-payment-request-form> (in-process client, memory storage)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('picks the only active mandate, adds a row with focus on it, and shows core’s live quote after autosave', async () => {
    const w = await partnerWorld();
    const el = await mount(w);
    expect($(el, 'h2')!.textContent).to.equal('Demande de paiement');
    expect(($(el, '#mandate') as unknown as { value: string }).value).to.equal(w.mandateId);
    const saved = new Promise<CustomEvent>((resolve) => el.addEventListener('hon-draft-saved', (e) => resolve(e as CustomEvent), { once: true }));
    $<HTMLButtonElement>(el, '[part="add"][data-kind="entries"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    const row = $$(el, '[part="row"]')[0]!;
    expect(el.shadowRoot!.activeElement).to.equal(row.querySelector('hon-memorable-date'));
    const categories = (row.querySelector('hon-choice') as unknown as { options: { value: string }[] }).options.map((o) => o.value);
    expect(categories).to.deep.equal(['meeting', 'preparation']);
    fill(row.querySelector('hon-memorable-date'), '2026-03-02');
    fill(row.querySelector('hon-choice'), 'meeting');
    fill(row.querySelector('hon-duration-field'), 90);
    const event = await saved;
    await el.updateComplete;
    const { paymentRequest, version } = event.detail as { paymentRequest: { id: string; quote: { totalCents: number } }; version: number };
    const stored = await w.client.getPaymentRequest({ id: paymentRequest.id });
    expect(stored.version).to.equal(version);
    expect(stored.paymentRequest.entries.map((e) => e.minutes)).to.deep.equal([90]);
    const quote = $(el, '[part="quote"]')!.textContent!;
    expect(quote).to.contain(stored.paymentRequest.quote!.lines[0]!.explanation.fr);
    expect($(el, '[part="total"]')!.textContent).to.contain('60,00');
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('on continue with an incomplete row: the error summary takes focus and nothing moves on (axe clean)', async () => {
    const w = await partnerWorld();
    const el = await mount(w);
    $<HTMLButtonElement>(el, '[part="add"][data-kind="entries"]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part="continue"]')!.click();
    await el.updateComplete;
    const summary = $(el, 'hon-error-summary')!;
    await (summary as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.shadowRoot!.querySelectorAll('[part="link"]').length).to.be.greaterThan(1);
    expect($(el, 'h2')!.textContent).to.equal('Demande de paiement');
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('removing a row moves focus to the next row’s remove button, or to the add button', async () => {
    const w = await partnerWorld();
    const el = await mount(w);
    const first = await addMeeting(el, 30);
    await addMeeting(el, 45);
    $<HTMLButtonElement>(el, `[data-row="${first}"] [part="remove"]`)!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Retirer l’activité 1');
    (el.shadowRoot!.activeElement as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="add"][data-kind="entries"]'));
  });

  it('uploads a receipt through attachReceipt: linked to the expense and filed in My Files', async () => {
    const w = await partnerWorld();
    const el = await mount(w);
    $<HTMLButtonElement>(el, '[part="add"][data-kind="expenses"]')!.click();
    await el.updateComplete;
    const row = $$(el, '[part="row"]')[0]!;
    fill(row.querySelector('hon-memorable-date'), '2026-03-02');
    fill(row.querySelector('hon-choice'), 'parking');
    await el.updateComplete;
    fill(row.querySelector('hon-money-field'), 1250);
    await el.save();
    const done = new Promise((resolve) => el.addEventListener('hon-quote', resolve, { once: true }));
    const drop = row.querySelector('hon-file-drop') as unknown as { addFiles(f: File[]): void };
    drop.addFiles([new File(['%PDF-1.7 reçu'], 'recu.pdf', { type: 'application/pdf' })]);
    await done;
    const files = await w.client.getMyFiles({});
    const receipt = files.documents.find((d) => d.kind === 'receipt')!;
    expect(receipt.contentType).to.equal('application/pdf');
    const request = await w.client.getPaymentRequest({ id: files.paymentRequests[0]!.id });
    expect(request.paymentRequest.expenses[0]!.receiptIds).to.deep.equal([receipt.id]);
  });

});
