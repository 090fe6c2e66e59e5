// @honoraria/core/machines: the pure state machines of the workflow (mandate, amendment,
// agreement, payment request, volunteer application, tax slip): their states, events, labels and
// deadlines, and the functions that apply an event to a persisted snapshot. The service runs them;
// a portal reads them to show what can happen next.

export { allowedEvents, applyEvent, canApply, isTerminalStatus, refusalFor } from './apply-event';
export { initialSnapshot, restoreSnapshot } from './persisted-snapshot';
export type { PersistedSnapshot } from './persisted-snapshot';
export { isOverdue, nextDeadline } from './deadlines';
export { MACHINE_EVENTS, MACHINE_KINDS, MACHINE_LABELS, MACHINE_STATES, MACHINE_TERMINAL_STATES, MACHINE_VERSIONS } from './machine-registry';
export type { MachineContext, MachineEvent, MachineEventType, MachineInput, MachineKind, MachineStatus, MachineTypes } from './machine-registry';
export type { Deadline, DeadlineKind, MachineLabels, Refusal } from './machine-definition';
export { MANDATE_EVENTS, MANDATE_MACHINE_VERSION, MANDATE_TERMINAL_STATES, mandateMachine } from './mandate-machine';
export type { MandateEventType } from './mandate-machine';
export { MandateContext, MandateEvent, MandateInput, MODES_WITHOUT_PAYMENT_PROFILE } from './mandate-schemas';
export type { ParsedMandateEvent } from './mandate-schemas';
export { AMENDMENT_EVENTS, AMENDMENT_MACHINE_VERSION, AMENDMENT_TERMINAL_STATES, amendmentMachine } from './amendment-machine';
export type { AmendmentEventType } from './amendment-machine';
export { AmendmentContext, AmendmentEvent, AmendmentInput } from './amendment-schemas';
export type { ParsedAmendmentEvent } from './amendment-schemas';
export { AGREEMENT_EVENTS, AGREEMENT_MACHINE_VERSION, AGREEMENT_TERMINAL_STATES, agreementMachine, isCurrentAcceptance } from './agreement-machine';
export type { AgreementEventType } from './agreement-machine';
export { AgreementContext, AgreementEvent, AgreementInput } from './agreement-schemas';
export type { ParsedAgreementEvent } from './agreement-schemas';
export { PAYMENT_REQUEST_EVENTS, PAYMENT_REQUEST_MACHINE_VERSION, PAYMENT_REQUEST_TERMINAL_STATES, paymentRequestMachine, reviewedLines } from './payment-request-machine';
export type { PaymentRequestEventType, ReviewedLine } from './payment-request-machine';
export { PaymentRequestContext, PaymentRequestEvent, PaymentRequestInput, RequestLine, RequestLineDecision } from './payment-request-schemas';
export type { ParsedPaymentRequestEvent, RequestLineDecisionInput } from './payment-request-schemas';
export { APPLICATION_EVENTS, APPLICATION_MACHINE_VERSION, APPLICATION_TERMINAL_STATES, applicationMachine } from './application-machine';
export type { ApplicationEventType } from './application-machine';
export { ApplicationContext, ApplicationDocument, ApplicationEvent, ApplicationInput, DEFAULT_PHONE_INTERVIEW_DUE_DAYS, HoldableApplicationStatus } from './application-schemas';
export type { ParsedApplicationEvent } from './application-schemas';
export { TAX_SLIP_EVENTS, TAX_SLIP_MACHINE_VERSION, TAX_SLIP_TERMINAL_STATES, taxSlipMachine } from './tax-slip-machine';
export type { TaxSlipEventType } from './tax-slip-machine';
export { TaxSlipContext, TaxSlipEvent, TaxSlipInput } from './tax-slip-schemas';
export type { ParsedTaxSlipEvent } from './tax-slip-schemas';
