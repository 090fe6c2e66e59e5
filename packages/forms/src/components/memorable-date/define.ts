import { HonMemorableDate } from './memorable-date';

if (!customElements.get('hon-memorable-date')) customElements.define('hon-memorable-date', HonMemorableDate);

declare global {
  interface HTMLElementTagNameMap {
    'hon-memorable-date': HonMemorableDate;
  }
}

export { HonMemorableDate };
