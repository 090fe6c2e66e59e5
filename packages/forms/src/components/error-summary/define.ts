import { HonErrorSummary } from './error-summary';

if (!customElements.get('hon-error-summary')) customElements.define('hon-error-summary', HonErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'hon-error-summary': HonErrorSummary;
  }
}

export { HonErrorSummary };
