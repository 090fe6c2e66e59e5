import { HonAttestation } from './attestation';

if (!customElements.get('hon-attestation')) customElements.define('hon-attestation', HonAttestation);

declare global {
  interface HTMLElementTagNameMap {
    'hon-attestation': HonAttestation;
  }
}

export { HonAttestation };
