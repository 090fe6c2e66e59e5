import { formatMoney, money } from '@honoraria/core';
import { LitElement, html } from 'lit';
import { LangController } from '../../internal/lang-controller';
import { styles } from './money.styles';

/**
 * @summary Shows an amount of money, formatted for the page's language (fr-CA or en-CA).
 *
 * The language comes from the `lang` attribute of the element or its closest ancestor, across
 * shadow roots, then `<html lang>`; French when none says otherwise. It re-renders when it changes.
 *
 * @csspart amount - The formatted amount.
 * @cssprop --hon-money-color - The colour of the amount.
 */
export class HonMoney extends LitElement {
  static override styles = styles;

  static override properties = {
    cents: { type: Number },
    currency: { type: String },
  };

  /** The amount, in integer cents. */
  declare cents: number;
  /** The ISO 4217 currency code. */
  declare currency: string;

  private readonly langController = new LangController(this);

  constructor() {
    super();
    this.cents = 0;
    this.currency = 'CAD';
  }

  override render() {
    const lang = this.langController.lang;
    const text = Number.isSafeInteger(this.cents) ? formatMoney(money(this.cents, this.currency), lang) : '—';
    return html`<span part="amount">${text}</span>`;
  }
}
