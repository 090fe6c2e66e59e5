import { HonMoney } from './money';

if (!customElements.get('hon-money')) customElements.define('hon-money', HonMoney);

declare global {
  interface HTMLElementTagNameMap {
    'hon-money': HonMoney;
  }
}

export { HonMoney };
