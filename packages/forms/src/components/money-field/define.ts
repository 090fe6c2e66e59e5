import { HonMoneyField } from './money-field';

if (!customElements.get('hon-money-field')) customElements.define('hon-money-field', HonMoneyField);

declare global {
  interface HTMLElementTagNameMap {
    'hon-money-field': HonMoneyField;
  }
}

export { HonMoneyField };
