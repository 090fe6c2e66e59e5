import type { HonorariaClient, Lang, LocalizedText, Mandate, MessageParams, PaymentQuote } from '@honoraria/core';
import { formatCents, formatDate, formatDuration, formMessages, isHonorariaError, message, paymentRequestMessages } from '@honoraria/core';
import { html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { clientFrom, newKey } from '../../internal/client-source';
import { clearMirror, readMirror } from '../../internal/draft-mirror';
import { LangController } from '../../internal/lang-controller';
import { announce } from '../../internal/live-region';
import '../attestation/define';
import '../choice/define';
import '../duration-field/define';
import '../error-summary/define';
import '../file-drop/define';
import type { HonFileDrop } from '../file-drop/file-drop';
import '../memorable-date/define';
import '../money-field/define';
import '../text-field/define';
import type { DraftRows, EntryRow, ExpenseRow } from './draft-rows';
import { lineId, rowsOf } from './draft-rows';
import type { DraftResult } from './draft-sync';
import { DraftSync } from './draft-sync';
import type { PaymentRequestFormKey } from './payment-request-messages';
import { paymentRequestFormMessages } from './payment-request-messages';
import { styles } from './payment-request-form.styles';

type Step = 'lines' | 'review' | 'done';
type Value = { value: unknown };

/**
 * @summary The partner's payment request: a mandate, time and expense rows, receipts, a live
 * quote from the service, attestation, review and submission.
 *
 * The draft lives on the server: it is saved about a second after the last change, at every step
 * change and on `pagehide` (each save with `expectedVersion` and an idempotency key), and each
 * save answers with core's quote of the draft (`quotePaymentRequest`): every line's explanation,
 * the warnings, caps and the mandate's budget. IndexedDB keeps a copy and queues the commands
 * while offline, replaying them in order when the network is back; the partner resumes where
 * they left off. Categories and expense types are those the mandate allows.
 *
 * @event hon-draft-saved - The server saved the draft; `detail` is `{ paymentRequest, version }`.
 * @event hon-quote - A new quote; `detail.quote`.
 * @event hon-step - The step changed; `detail.step` (`lines`, `review`, `done`).
 * @event hon-offline - Commands are queued on the device.
 * @event hon-replayed - The queued commands were sent.
 * @event hon-submitted - The request was submitted; `detail` is `{ paymentRequest, version }`.
 * @event hon-error - The service refused a command; `detail.error` (a `HonorariaError`).
 * @csspart heading - Each step's heading.
 * @csspart row - A time or expense row.
 * @csspart add - The buttons adding a row.
 * @csspart remove - The buttons removing a row.
 * @csspart quote - The live quote.
 * @csspart warnings - The quote's warnings.
 * @csspart total - The quote's total.
 * @csspart service-error - What the service refused.
 * @csspart continue - The button to the review step.
 * @csspart back - The button back to the rows.
 * @csspart submit - The submit button.
 * @csspart success - The confirmation.
 * @cssprop --hon-color-button - Buttons' colour.
 * @cssprop --hon-color-focus - Focus ring colour.
 * @cssprop --hon-color-quote - The quote's bar.
 * @cssprop --hon-color-quote-background - The quote's background.
 * @cssprop --hon-color-warning - Warnings' text.
 * @cssprop --hon-color-error - The service error's border.
 * @cssprop --hon-color-success - The confirmation's border.
 * @cssprop --hon-composite-max-width - The form's maximum width.
 */
export class HonPaymentRequestForm extends LitElement {
  static override styles = styles;

  static override properties = {
    client: { attribute: false },
    endpoint: { type: String },
    storageKey: { type: String, attribute: 'storage-key' },
    draftId: { type: String, attribute: 'draft-id' },
    autosaveDelay: { type: Number, attribute: 'autosave-delay' },
    expenseTypes: { type: String, attribute: 'expense-types' },
    receiptAccept: { type: String, attribute: 'receipt-accept' },
    receiptMaxSize: { type: Number, attribute: 'receipt-max-size' },
    categoryLabels: { attribute: false },
    mandates: { state: true },
    mandateId: { state: true },
    rows: { state: true },
    step: { state: true },
    quote: { state: true },
    serviceError: { state: true },
    loaded: { state: true },
  };

  /** The client (any `HonorariaClient`); when absent, a REST client on `endpoint`. */
  declare client: HonorariaClient | undefined;
  /** The URL of the HTTP handler, used when no `client` is set. */
  declare endpoint: string;
  /** The key of the device's copy in IndexedDB. */
  declare storageKey: string;
  /** A draft to continue (from My Files); otherwise the device's last one. */
  declare draftId: string;
  /** Milliseconds between the last change and the autosave (1000). */
  declare autosaveDelay: number;
  /** Expense types allowed when the mandate has no expense policy of its own (comma-separated, from the framework). */
  declare expenseTypes: string;
  /** Receipt types accepted (`.pdf,image/*`), shown and checked before upload; the service checks again. */
  declare receiptAccept: string;
  /** The largest receipt, in bytes. */
  declare receiptMaxSize: number | undefined;
  /** Labels of activity categories by code (the framework's); the code is shown otherwise. */
  declare categoryLabels: Readonly<Record<string, LocalizedText>>;
  private declare mandates: readonly Mandate[];
  private declare mandateId: string;
  private declare rows: DraftRows;
  private declare step: Step;
  private declare quote: PaymentQuote | null;
  private declare serviceError: string;
  private declare loaded: boolean;

  private readonly langController = new LangController(this);
  private readonly cache: { endpoint?: string; client?: HonorariaClient } = {};
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly sync: DraftSync;

  constructor() {
    super();
    // The sync reads the element's current state through these getters.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    this.sync = new DraftSync({
      get client() {
        return el.activeClient;
      },
      get storageKey() {
        return el.storageKey;
      },
      get mandateId() {
        return el.mandateId;
      },
      get step() {
        return el.step === 'review' ? 'review' : 'lines';
      },
      get rows() {
        return el.rows;
      },
      saved: (r) => this.onSaved(r),
      failed: (e) => this.onFailed(e),
      queued: (waiting) => this.onQueued(waiting),
    });
    this.client = undefined;
    this.endpoint = '';
    this.storageKey = 'hon-payment-request';
    this.draftId = '';
    this.autosaveDelay = 1000;
    this.expenseTypes = '';
    this.receiptAccept = '';
    this.categoryLabels = {};
    this.mandates = [];
    this.mandateId = '';
    this.rows = { entries: [], expenses: [] };
    this.step = 'lines';
    this.quote = null;
    this.serviceError = '';
    this.loaded = false;
  }

  private get activeClient(): HonorariaClient | undefined {
    return clientFrom(this.client, this.endpoint, this.cache);
  }

  private get uiLang(): Lang {
    return this.langController.lang;
  }

  private t(key: PaymentRequestFormKey, params?: MessageParams): string {
    return message(paymentRequestFormMessages, key, this.uiLang, params);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.onPageHide);
    addEventListener('online', this.onOnline);
    void this.updateComplete.then(() => this.load());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.onPageHide);
    removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
  }

  private readonly onPageHide = (): void => void this.save();
  private readonly onOnline = (): void => void this.replay();

  /** Reads the active mandates, then the draft to continue (the server's copy wins over the device's, unless commands wait on the device). */
  async load(): Promise<void> {
    const client = this.activeClient;
    if (client === undefined || this.loaded) return;
    try {
      const files = await client.getMyFiles({});
      this.mandates = files.mandates.active.map((m) => m.mandate);
      const mirror = await readMirror(this.storageKey).catch(() => null);
      if (mirror !== null && (this.draftId === '' || mirror.draftId === this.draftId)) {
        this.sync.adopt(mirror);
        this.mandateId = mirror.mandateId;
        this.rows = mirror.rows as DraftRows;
        this.step = mirror.step;
      }
      const id = this.draftId !== '' ? this.draftId : (mirror?.draftId ?? null);
      if (id !== null && !this.sync.waiting) {
        try {
          const found = await client.getPaymentRequest({ id });
          this.sync.draftId = id;
          this.sync.version = found.version;
          this.mandateId = found.paymentRequest.mandateId;
          this.rows = rowsOf(found.paymentRequest);
          this.quote = found.paymentRequest.quote ?? null;
        } catch (error) {
          if (!isHonorariaError(error) || error.code !== 'not_found') throw error;
          await clearMirror(this.storageKey);
          this.sync.draftId = null;
          this.rows = { entries: [], expenses: [] };
          this.step = 'lines';
        }
      }
      if (this.mandateId === '' && this.mandates.length === 1) this.mandateId = this.mandates[0]!.id;
      this.loaded = true;
      if (this.sync.waiting) await this.replay();
    } catch (error) {
      this.onFailed(error);
    }
  }

  /** Saves the draft now (cancelling the pending autosave). */
  save(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.sync.save().catch(() => undefined);
  }

  /** Sends the commands queued on the device while offline, in order. */
  async replay(): Promise<boolean> {
    return this.sync.replay();
  }

  private changed(): void {
    this.serviceError = '';
    this.requestUpdate();
    void this.sync.mirror();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), this.autosaveDelay);
  }

  private emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  private onSaved(result: DraftResult): void {
    this.quote = result.paymentRequest.quote ?? null;
    this.emit('hon-draft-saved', result);
    this.emit('hon-quote', { quote: this.quote });
  }

  private onFailed(error: unknown): void {
    this.serviceError = isHonorariaError(error) ? (error.issues[0]?.message[this.uiLang] ?? error.messages[this.uiLang]) : String(error);
    this.emit('hon-error', { error });
  }

  private onQueued(waiting: boolean): void {
    this.requestUpdate();
    void announce(this.t(waiting ? 'offline' : 'replayed'));
    this.emit(waiting ? 'hon-offline' : 'hon-replayed', {});
  }

  private mandate(): Mandate | undefined {
    return this.mandates.find((m) => m.id === this.mandateId);
  }

  private allowedTypes(): string[] {
    const own = this.mandate()?.expensePolicy?.allowedTypes;
    if (own !== undefined) return [...own];
    return this.expenseTypes.split(',').map((t) => t.trim()).filter((t) => t !== '');
  }

  private categoryLabel(code: string): string {
    return this.categoryLabels[code]?.[this.uiLang] ?? code.replace(/_/g, ' ');
  }

  private addRow(kind: 'entries' | 'expenses'): void {
    if (kind === 'entries') this.rows.entries.push({ id: lineId('ent'), date: '', category: this.mandate()?.allowedCategories.length === 1 ? this.mandate()!.allowedCategories[0]! : '', minutes: null, description: '' });
    else this.rows.expenses.push({ id: lineId('exp'), date: '', type: this.allowedTypes().length === 1 ? this.allowedTypes()[0]! : '', amountCents: null, km: null, description: '', receiptIds: [] });
    this.changed();
    const id = kind === 'entries' ? this.rows.entries.at(-1)!.id : this.rows.expenses.at(-1)!.id;
    void announce(this.t('row_added'));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-row="${id}"] hon-memorable-date`)?.focus());
  }

  private removeRow(kind: 'entries' | 'expenses', id: string): void {
    const list: { id: string }[] = this.rows[kind];
    const index = list.findIndex((r) => r.id === id);
    list.splice(index, 1);
    this.changed();
    void announce(this.t('row_removed'));
    const next = list[Math.min(index, list.length - 1)];
    void this.updateComplete.then(() =>
      (next === undefined
        ? this.renderRoot.querySelector<HTMLElement>(`[part="add"][data-kind="${kind}"]`)
        : this.renderRoot.querySelector<HTMLElement>(`[data-row="${next.id}"] [part="remove"]`)
      )?.focus(),
    );
  }

  private async onReceipts(row: ExpenseRow, drop: HonFileDrop): Promise<void> {
    const client = this.activeClient;
    const files = drop.value;
    if (client === undefined || files.length === 0 || !drop.checkValidity()) return;
    await this.save();
    for (const file of files) {
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const result = await this.sync.enqueue(() =>
          client.attachReceipt({ id: this.sync.draftId ?? '', expectedVersion: this.sync.version ?? undefined, expenseId: row.id, fileName: file.name, contentType: file.type || 'application/octet-stream', bytes, idempotencyKey: newKey() }),
        );
        this.sync.version = result.version;
        row.receiptIds = [...(result.paymentRequest.expenses.find((e) => e.id === row.id)?.receiptIds ?? row.receiptIds)];
        this.onSaved(result);
      } catch (error) {
        this.onFailed(error);
      }
    }
    drop.value = [];
    this.requestUpdate();
  }

  private async goTo(step: Step): Promise<void> {
    await this.save();
    this.step = step;
    await this.sync.mirror();
    this.emit('hon-step', { step });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Validates the current step's controls with its error summary (which takes focus when something is wrong). */
  private invalid(): boolean {
    const summary = this.renderRoot.querySelector('hon-error-summary');
    return summary !== null && summary.validate().length > 0;
  }

  private async onContinue(): Promise<void> {
    if (this.invalid()) return;
    if (this.rows.entries.length === 0 && this.rows.expenses.length === 0) {
      this.serviceError = this.t('no_lines');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="service-error"]')?.focus();
      return;
    }
    await this.save();
    if (this.serviceError === '') await this.goTo('review');
  }

  private async onSubmit(): Promise<void> {
    const attest = this.renderRoot.querySelector('hon-attestation');
    if (attest !== null && !attest.checked) {
      // The attestation's own inline error (showErrors) loops in Lit's update cycle inside this shadow root; say it here instead.
      this.serviceError = message(formMessages, 'required_attestation', this.uiLang);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="service-error"]')?.focus();
      return;
    }
    const client = this.activeClient;
    if (client === undefined || this.sync.draftId === null) return;
    try {
      const result = await this.sync.enqueue(() =>
        client.submitPaymentRequest({ id: this.sync.draftId ?? '', expectedVersion: this.sync.version ?? undefined, attest: true, idempotencyKey: newKey() }),
      );
      await clearMirror(this.storageKey);
      this.sync.draftId = null;
      this.step = 'done';
      this.emit('hon-submitted', result);
      this.emit('hon-step', { step: 'done' });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    } catch (error) {
      this.onFailed(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="service-error"]')?.focus();
    }
  }

  private money(cents: number): string {
    return formatCents(cents, this.quote?.currency ?? this.mandate()?.currency ?? 'CAD', this.uiLang);
  }

  private renderServiceError() {
    return this.serviceError === '' ? nothing : html`<div part="service-error" class="error" role="alert" tabindex="-1">${this.serviceError}</div>`;
  }

  private renderEntry(row: EntryRow, n: number) {
    const set = (patch: Partial<EntryRow>) => (Object.assign(row, patch), this.changed());
    const categories = this.mandate()?.allowedCategories ?? [];
    return html`<div part="row" class="row" data-row=${row.id} role="group" aria-labelledby="h-${row.id}">
      <h3 id="h-${row.id}" class="row-title">${this.t('entry', { n })}</h3>
      <hon-memorable-date name="entry-date-${row.id}" id="d-${row.id}" label=${this.t('date')} required .defaultValue=${row.date} @hon-input=${(e: Event) => set({ date: (e.target as unknown as Value).value as string })}></hon-memorable-date>
      <hon-choice name="entry-category-${row.id}" id="c-${row.id}" label=${this.t('category')} required .options=${categories.map((c) => ({ value: c, label: this.categoryLabel(c) }))} .value=${row.category} @hon-change=${(e: Event) => set({ category: (e.target as unknown as Value).value as string })}></hon-choice>
      <hon-duration-field name="entry-minutes-${row.id}" id="m-${row.id}" label=${this.t('duration')} hint=${this.t('duration_hint')} required min="1" .defaultValue=${row.minutes ?? undefined} @hon-input=${(e: Event) => set({ minutes: (e.target as unknown as Value).value as number | null })}></hon-duration-field>
      <hon-text-field name="entry-description-${row.id}" label=${this.t('description')} .value=${row.description} @hon-input=${(e: Event) => set({ description: (e.target as unknown as Value).value as string })}></hon-text-field>
      <button part="remove" type="button" class="secondary" @click=${() => this.removeRow('entries', row.id)}>${this.t('remove_entry', { n })}</button>
    </div>`;
  }

  private renderExpense(row: ExpenseRow, n: number) {
    const set = (patch: Partial<ExpenseRow>) => (Object.assign(row, patch), this.changed());
    const types = this.allowedTypes();
    return html`<div part="row" class="row" data-row=${row.id} role="group" aria-labelledby="h-${row.id}">
      <h3 id="h-${row.id}" class="row-title">${this.t('expense', { n })}</h3>
      <hon-memorable-date name="expense-date-${row.id}" id="d-${row.id}" label=${this.t('date')} required .defaultValue=${row.date} @hon-input=${(e: Event) => set({ date: (e.target as unknown as Value).value as string })}></hon-memorable-date>
      <hon-choice name="expense-type-${row.id}" id="t-${row.id}" label=${this.t('expense_type')} required .options=${types.map((t) => ({ value: t, label: this.t(t as PaymentRequestFormKey) }))} .value=${row.type} @hon-change=${(e: Event) => set({ type: (e.target as unknown as Value).value as string })}></hon-choice>
      ${row.type === 'mileage'
        ? html`<hon-text-field name="expense-km-${row.id}" id="k-${row.id}" label=${this.t('km')} inputmode="numeric" pattern="[0-9]{1,6}" required .value=${row.km === null ? '' : String(row.km)} @hon-input=${(e: Event) => {
            const v = (e.target as unknown as Value).value as string;
            set({ km: /^\d{1,6}$/.test(v) ? Number(v) : null });
          }}></hon-text-field>`
        : html`<hon-money-field name="expense-amount-${row.id}" id="a-${row.id}" label=${this.t('amount')} required .defaultValue=${row.amountCents ?? undefined} @hon-input=${(e: Event) => set({ amountCents: (e.target as unknown as Value).value as number | null })}></hon-money-field>`}
      <hon-text-field name="expense-description-${row.id}" label=${this.t('description')} .value=${row.description} @hon-input=${(e: Event) => set({ description: (e.target as unknown as Value).value as string })}></hon-text-field>
      <hon-file-drop name="expense-receipt-${row.id}" label=${this.t('receipt')} hint=${row.receiptIds.length > 0 ? this.t('receipts_attached', { count: row.receiptIds.length }) : ''} accept=${this.receiptAccept} .maxSize=${this.receiptMaxSize} @hon-change=${(e: Event) => void this.onReceipts(row, e.target as HonFileDrop)}></hon-file-drop>
      <button part="remove" type="button" class="secondary" @click=${() => this.removeRow('expenses', row.id)}>${this.t('remove_expense', { n })}</button>
    </div>`;
  }

  private renderQuote() {
    const q = this.quote;
    const mandate = this.mandate();
    return html`<section part="quote" class="quote" aria-labelledby="quote-title">
      <h3 id="quote-title">${this.t('quote')}</h3>
      <p class="muted">${this.t('quote_hint')}</p>
      ${q === null || (q.lines.length === 0 && q.expenseLines.length === 0)
        ? html`<p>${this.t('quote_empty')}</p>`
        : html`<table>
              <tbody>
                ${q.lines.map((l) => html`<tr><td>${l.date === undefined ? '' : formatDate(l.date, this.uiLang)}</td><td>${l.explanation[this.uiLang]}</td><td class="amount">${this.money(l.cents)}</td></tr>`)}
                ${q.expenseLines.map((l) => html`<tr><td>${formatDate(l.date, this.uiLang)}</td><td>${l.explanation[this.uiLang]}</td><td class="amount">${this.money(l.cents)}</td></tr>`)}
              </tbody>
            </table>
            <p>${this.t('compensation')} (${formatDuration(q.billableMinutes, this.uiLang)}) : ${this.money(q.compensationCents)}<br />${this.t('reimbursed')} : ${this.money(q.expenseCents)}</p>
            <p part="total"><strong>${this.t('total')} : ${this.money(q.totalCents)}</strong></p>
            ${q.forgoneCents > 0 ? html`<p>${this.t('forgone', { amount: this.money(q.forgoneCents) })}</p>` : nothing}
            ${q.warnings.length === 0
              ? nothing
              : html`<h4>${this.t('warnings')}</h4><ul part="warnings" class="warnings">${q.warnings.map((w) => html`<li>${w.message[this.uiLang]}</li>`)}</ul>`}`}
      ${mandate === undefined ? nothing : html`<p class="muted">${this.t('budget', { cap: this.money(mandate.budgetCapCents), used: this.money(mandate.totals.approvedCents + mandate.totals.pendingCents) })}</p>`}
    </section>`;
  }

  private renderLines() {
    const types = this.allowedTypes();
    return html`<form novalidate @submit=${(e: SubmitEvent) => (e.preventDefault(), void this.onContinue())}>
      <hon-error-summary></hon-error-summary>
      ${this.renderServiceError()}
      ${this.mandates.length === 0
        ? html`<p>${this.loaded ? this.t('no_mandate') : this.t('loading')}</p>`
        : html`<hon-choice name="mandate" id="mandate" label=${this.t('mandate')} hint=${this.t('mandate_hint')} required .options=${this.mandates.map((m) => ({ value: m.id, label: m.title }))} .value=${this.mandateId} @hon-change=${(e: Event) => ((this.mandateId = (e.target as unknown as Value).value as string), this.changed())}></hon-choice>`}
      <fieldset ?hidden=${this.mandateId === ''}>
        <legend>${this.t('time')}</legend>
        ${repeat(this.rows.entries, (r) => r.id, (r, i) => this.renderEntry(r, i + 1))}
        <button part="add" data-kind="entries" type="button" class="secondary" @click=${() => this.addRow('entries')}>${this.t('add_entry')}</button>
      </fieldset>
      <fieldset ?hidden=${this.mandateId === '' || types.length === 0}>
        <legend>${this.t('expenses')}</legend>
        ${repeat(this.rows.expenses, (r) => r.id, (r, i) => this.renderExpense(r, i + 1))}
        <button part="add" data-kind="expenses" type="button" class="secondary" @click=${() => this.addRow('expenses')}>${this.t('add_expense')}</button>
      </fieldset>
      ${this.mandateId === '' ? nothing : this.renderQuote()}
      <div class="actions"><button part="continue" type="button" ?disabled=${this.mandateId === ''} @click=${() => void this.onContinue()}>${this.t('continue')}</button></div>
    </form>`;
  }

  private renderReview() {
    const mandate = this.mandate();
    return html`<form novalidate @submit=${(e: SubmitEvent) => (e.preventDefault(), void this.onSubmit())}>
      ${this.renderServiceError()}
      <p>${this.t('mandate')} : ${mandate?.title ?? ''}</p>
      ${this.renderQuote()}
      <hon-attestation name="attest" id="attest" required policy-version=${mandate?.policyVersionId ?? ''} label=${message(paymentRequestMessages, 'attestation', this.uiLang)}></hon-attestation>
      <div class="actions">
        <button part="back" type="button" class="secondary" @click=${() => void this.goTo('lines')}>${this.t('back')}</button>
        <button part="submit" type="button" @click=${() => void this.onSubmit()}>${this.t('submit')}</button>
      </div>
    </form>`;
  }

  override render() {
    const heading = this.step === 'done' ? this.t('submitted') : this.step === 'review' ? this.t('review') : this.t('title');
    return html`<h2 part="heading" tabindex="-1">${heading}</h2>
      ${this.step === 'done'
        ? html`<div part="success" class="success"><p>${this.t('submitted_detail')}</p>${this.quote === null ? nothing : html`<p>${this.t('total')} : ${this.money(this.quote.totalCents)}</p>`}</div>`
        : html`<p class="muted">${this.t('step', { n: this.step === 'lines' ? 1 : 2 })}</p>${this.step === 'lines' ? this.renderLines() : this.renderReview()}`}`;
  }
}
