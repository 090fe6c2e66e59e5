// @honoraria/forms: element classes, without registering any tag (import `@honoraria/forms/define` for that).
export { HonMoney } from './components/money/money';
export { HonTextField } from './components/text-field/text-field';
export { HonMoneyField } from './components/money-field/money-field';
export { HonDurationField } from './components/duration-field/duration-field';
export { HonMemorableDate } from './components/memorable-date/memorable-date';
export { HonChoice } from './components/choice/choice';
export type { ChoiceOption } from './components/choice/choice';
export { HonFileDrop } from './components/file-drop/file-drop';
export { HonAttestation } from './components/attestation/attestation';
export { HonErrorSummary } from './components/error-summary/error-summary';
export { HonPaymentRequestForm } from './components/payment-request-form/payment-request-form';
export { paymentRequestFormMessages } from './components/payment-request-form/payment-request-messages';
export { HonFormControl } from './internal/form-control';
export type { ControlProblem, FormState } from './internal/form-control';
export { LangController, resolveLang } from './internal/lang-controller';
export { announce, mountLiveRegion } from './internal/live-region';
export type { Politeness } from './internal/live-region';
export { fieldStyles as honFieldStyles } from './internal/field.styles';
