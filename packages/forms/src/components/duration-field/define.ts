import { HonDurationField } from './duration-field';

if (!customElements.get('hon-duration-field')) customElements.define('hon-duration-field', HonDurationField);

declare global {
  interface HTMLElementTagNameMap {
    'hon-duration-field': HonDurationField;
  }
}

export { HonDurationField };
