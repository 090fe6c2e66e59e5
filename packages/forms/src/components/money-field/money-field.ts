import type { ParseResult } from '@honoraria/core';
import { formatCents, parseMoneyInput } from '@honoraria/core';
import { ParsedField } from '../../internal/parsed-field';
import { styles } from './money-field.styles';

/**
 * @summary An amount of money typed as people write it (`1 234,56 $`, `1234,56`, `$1,234.56`), valued in integer cents.
 *
 * Core's `parseMoneyInput` reads the text and `formatCents` rewrites it in the page's language
 * when the person leaves the field. `value` and the submitted value are integer cents (`123456`).
 *
 * @slot label - The label, when it needs markup (otherwise use the `label` attribute).
 * @slot hint - The hint, when it needs markup (otherwise use the `hint` attribute).
 * @event hon-input - On every keystroke.
 * @event hon-change - When the person leaves the field after a change; the text is then rewritten by core in the page language.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The inline error message.
 * @csspart error-prefix - The visually hidden "Erreur :" / "Error:" prefix.
 * @csspart input - The text input.
 * @cssprop --hon-money-field-width - Width of the input (default 12rem).
 * @cssprop --hon-color-error - Error colour.
 * @cssprop --hon-color-focus - Focus ring colour.
 */
export class HonMoneyField extends ParsedField {
  static override styles = styles;

  static override properties = {
    ...ParsedField.properties,
    currency: { type: String },
    allowNegative: { type: Boolean, attribute: 'allow-negative' },
  };

  /** The ISO 4217 currency (default `CAD`). */
  declare currency: string;
  /** Whether negative amounts are accepted. */
  declare allowNegative: boolean;

  protected readonly kind = 'money';
  protected readonly keyboard = 'decimal';

  constructor() {
    super();
    this.currency = 'CAD';
    this.allowNegative = false;
  }

  protected parse(text: string): ParseResult<number, string> {
    return parseMoneyInput(text, { lang: this.resolvedLang, allowNegative: this.allowNegative });
  }

  protected format(value: number): string {
    return formatCents(value, this.currency, this.resolvedLang);
  }
}
