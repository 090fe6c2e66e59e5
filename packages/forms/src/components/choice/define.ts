import { HonChoice } from './choice';

if (!customElements.get('hon-choice')) customElements.define('hon-choice', HonChoice);

declare global {
  interface HTMLElementTagNameMap {
    'hon-choice': HonChoice;
  }
}

export { HonChoice };
