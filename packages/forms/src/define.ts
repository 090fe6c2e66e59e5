// Registers every Honoraria element. Import this once (or load the script-tag bundle).
import { mountLiveRegion as mount } from './internal/live-region';

export { HonMoney } from './components/money/define';
export { HonTextField } from './components/text-field/define';
export { HonMoneyField } from './components/money-field/define';
export { HonDurationField } from './components/duration-field/define';
export { HonMemorableDate } from './components/memorable-date/define';
export { HonChoice } from './components/choice/define';
export { HonFileDrop } from './components/file-drop/define';
export { HonAttestation } from './components/attestation/define';
export { HonErrorSummary } from './components/error-summary/define';
export { HonPaymentRequestForm } from './components/payment-request-form/define';
export { announce, mountLiveRegion } from './internal/live-region';

// The status live region must exist before a message is put in it to be announced: mount it now.
if (typeof document !== 'undefined') {
  if (document.body !== null) mount();
  else document.addEventListener('DOMContentLoaded', () => mount(), { once: true });
}
