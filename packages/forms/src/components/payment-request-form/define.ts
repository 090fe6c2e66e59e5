import { HonPaymentRequestForm } from './payment-request-form';

if (!customElements.get('hon-payment-request-form')) customElements.define('hon-payment-request-form', HonPaymentRequestForm);

declare global {
  interface HTMLElementTagNameMap {
    'hon-payment-request-form': HonPaymentRequestForm;
  }
}

export { HonPaymentRequestForm };
