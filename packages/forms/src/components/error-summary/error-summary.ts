import { LitElement, html } from 'lit';
import { formMessages, message } from '@honoraria/core';
import { LangController } from '../../internal/lang-controller';
import { styles } from './error-summary.styles';

/** A control the summary lists. */
type Listed = HTMLElement & {
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  readonly labels?: NodeList | null;
  readonly label?: unknown;
  showErrors?: () => void;
};

function labelOf(el: Listed): string {
  return rawLabel(el).replace(/[\s.:;!?]+$/u, '');
}

function rawLabel(el: Listed): string {
  if (typeof el.label === 'string' && el.label !== '') return el.label;
  const slotted = el.querySelector(':scope > [slot="label"]')?.textContent?.trim();
  if (slotted) return slotted;
  const label = el.labels?.[0]?.textContent?.trim();
  return label || el.getAttribute('aria-label') || el.getAttribute('name') || '';
}

/**
 * @summary The GOV.UK error summary for a form: on submit it validates every control, and if any
 * is invalid it stops the submit, lists the problems as links and takes focus.
 *
 * Put it at the top of the form (or anywhere, with `for="form-id"`). It sets `novalidate` on the
 * form so that the browser's bubbles give way to the summary and the controls' inline messages.
 * Each link names the field and its problem; activating it moves focus to the field. Listeners
 * added to the form's `submit` event only see valid submits. Works with native controls too.
 *
 * @event hon-invalid - When a submit was stopped; `detail.elements` lists the invalid controls in order.
 * @csspart summary - The bordered box that takes focus.
 * @csspart title - The title ("Il y a un problème" / "There is a problem").
 * @csspart list - The list of problems.
 * @csspart link - Each link to a field.
 * @cssprop --hon-color-error - Border and link colour.
 * @cssprop --hon-color-focus - Focus colour.
 * @cssprop --hon-error-summary-border-width - Border width.
 * @cssprop --hon-error-summary-title-size - Title font size.
 */
export class HonErrorSummary extends LitElement {
  static override styles = styles;

  static override properties = {
    for: { type: String },
    titlePrefix: { type: Boolean, attribute: 'title-prefix' },
    elements: { state: true },
  };

  /** The id of the form, when the summary is not inside it. */
  declare for: string;
  /** Whether to prefix the document title with "Erreur :" / "Error:" while there are errors (GOV.UK). */
  declare titlePrefix: boolean;
  private declare elements: readonly Listed[];

  private readonly langController = new LangController(this);
  private form: HTMLFormElement | null = null;
  private originalTitle: string | undefined;

  constructor() {
    super();
    this.for = '';
    this.titlePrefix = false;
    this.elements = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    queueMicrotask(() => this.attach());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.form?.removeEventListener('submit', this.onSubmit, true);
    this.form = null;
  }

  private attach(): void {
    if (!this.isConnected || this.form !== null) return;
    const found = this.for === '' ? this.closest('form') : document.getElementById(this.for);
    if (!(found instanceof HTMLFormElement)) return;
    this.form = found;
    found.noValidate = true;
    found.addEventListener('submit', this.onSubmit, true);
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    if (this.validate().length > 0) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  /**
   * Validates the form's controls now: lists the invalid ones, shows their inline errors and
   * focuses the summary. Returns the invalid controls (none when the form may be submitted).
   */
  validate(): readonly HTMLElement[] {
    this.attach();
    const form = this.form;
    if (form === null) return [];
    const invalid = [...form.elements].filter((el): el is Listed => {
      const c = el as Listed;
      return c.willValidate && !c.checkValidity();
    });
    for (const el of invalid) el.showErrors?.();
    this.elements = invalid;
    this.updateTitle(invalid.length > 0);
    if (invalid.length > 0) {
      this.dispatchEvent(new CustomEvent('hon-invalid', { bubbles: true, composed: true, detail: { elements: invalid } }));
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.summary')?.focus());
    }
    return invalid;
  }

  private updateTitle(errors: boolean): void {
    if (!this.titlePrefix) return;
    if (errors) {
      this.originalTitle ??= document.title;
      document.title = `${message(formMessages, 'error_prefix', this.langController.lang)} ${this.originalTitle}`;
    } else if (this.originalTitle !== undefined) {
      document.title = this.originalTitle;
      this.originalTitle = undefined;
    }
  }

  private go(event: Event, el: Listed): void {
    event.preventDefault();
    el.focus();
    el.scrollIntoView?.({ block: 'center' });
  }

  override render() {
    const lang = this.langController.lang;
    if (this.elements.length === 0) return html``;
    return html`<div part="summary" class="summary" tabindex="-1">
      <div role="alert">
        <h2 part="title">${message(formMessages, 'summary_title', lang)}</h2>
        <ul part="list">
          ${this.elements.map(
            (el) => html`<li>
              <a part="link" href=${el.id === '' ? '#' : `#${el.id}`} @click=${(e: Event) => this.go(e, el)}
                >${message(formMessages, 'summary_item', lang, { label: labelOf(el), message: el.validationMessage })}</a
              >
            </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }
}
