import { HonTextField } from './text-field';

if (!customElements.get('hon-text-field')) customElements.define('hon-text-field', HonTextField);

declare global {
  interface HTMLElementTagNameMap {
    'hon-text-field': HonTextField;
  }
}

export { HonTextField };
