import { HonFileDrop } from './file-drop';

if (!customElements.get('hon-file-drop')) customElements.define('hon-file-drop', HonFileDrop);

declare global {
  interface HTMLElementTagNameMap {
    'hon-file-drop': HonFileDrop;
  }
}

export { HonFileDrop };
