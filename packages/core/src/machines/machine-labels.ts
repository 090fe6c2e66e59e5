import type { AgreementStatus, AmendmentStatus, ApplicationStatus, MandateStatus, PaymentRequestStatus, TaxSlipStatus } from '../schemas/status';
import type { AgreementEventType } from './agreement-machine';
import type { AmendmentEventType } from './amendment-machine';
import type { ApplicationEventType } from './application-machine';
import type { MachineLabels } from './machine-definition';
import type { MandateEventType } from './mandate-machine';
import type { PaymentRequestEventType } from './payment-request-machine';
import type { TaxSlipEventType } from './tax-slip-machine';

/** The FR/EN names of the mandate machine's states and events. */
export const MANDATE_LABELS: MachineLabels<MandateStatus, MandateEventType> = {
  subject: { fr: 'le mandat', en: 'the mandate' },
  states: {
    draft: { fr: 'Brouillon', en: 'Draft' },
    pending_approval: { fr: 'En attente d’approbation', en: 'Awaiting approval' },
    changes_requested: { fr: 'Modifications demandées', en: 'Changes requested' },
    rejected: { fr: 'Refusé', en: 'Rejected' },
    approved: { fr: 'Approuvé', en: 'Approved' },
    sent_to_partner: { fr: 'Envoyé au partenaire', en: 'Sent to the partner' },
    accepted: { fr: 'Accepté', en: 'Accepted' },
    declined: { fr: 'Décliné par le partenaire', en: 'Declined by the partner' },
    offer_expired: { fr: 'Offre expirée', en: 'Offer expired' },
    active: { fr: 'En cours', en: 'Active' },
    completed: { fr: 'Terminé', en: 'Completed' },
    cancelled: { fr: 'Annulé', en: 'Cancelled' },
    expired: { fr: 'Expiré', en: 'Expired' },
  },
  events: {
    EDIT: { fr: 'Modifier', en: 'Edit' },
    SUBMIT: { fr: 'Soumettre pour approbation', en: 'Submit for approval' },
    APPROVE: { fr: 'Approuver', en: 'Approve' },
    REQUEST_CHANGES: { fr: 'Demander des modifications', en: 'Request changes' },
    REJECT: { fr: 'Refuser', en: 'Reject' },
    SEND: { fr: 'Envoyer au partenaire', en: 'Send to the partner' },
    ACCEPT: { fr: 'Accepter', en: 'Accept' },
    DECLINE: { fr: 'Décliner', en: 'Decline' },
    EXPIRE_OFFER: { fr: 'Faire expirer l’offre', en: 'Expire the offer' },
    ACTIVATE: { fr: 'Activer', en: 'Activate' },
    APPLY_AMENDMENT: { fr: 'Appliquer une modification', en: 'Apply an amendment' },
    COMPLETE: { fr: 'Terminer', en: 'Complete' },
    CANCEL: { fr: 'Annuler', en: 'Cancel' },
    EXPIRE: { fr: 'Faire expirer', en: 'Expire' },
  },
};

/** The FR/EN names of the amendment machine's states and events. */
export const AMENDMENT_LABELS: MachineLabels<AmendmentStatus, AmendmentEventType> = {
  subject: { fr: 'la modification du mandat', en: 'the mandate amendment' },
  states: {
    pending_approval: { fr: 'En attente d’approbation', en: 'Awaiting approval' },
    approved: { fr: 'Approuvée', en: 'Approved' },
    accepted: { fr: 'Acceptée par le partenaire', en: 'Accepted by the partner' },
    declined: { fr: 'Déclinée par le partenaire', en: 'Declined by the partner' },
    rejected: { fr: 'Refusée', en: 'Rejected' },
    withdrawn: { fr: 'Retirée', en: 'Withdrawn' },
  },
  events: {
    APPROVE: { fr: 'Approuver', en: 'Approve' },
    REJECT: { fr: 'Refuser', en: 'Reject' },
    ACCEPT: { fr: 'Accepter', en: 'Accept' },
    DECLINE: { fr: 'Décliner', en: 'Decline' },
    WITHDRAW: { fr: 'Retirer', en: 'Withdraw' },
  },
};

/** The FR/EN names of the master-agreement acceptance machine's states and events. */
export const AGREEMENT_LABELS: MachineLabels<AgreementStatus, AgreementEventType> = {
  subject: { fr: 'l’entente-cadre', en: 'the master agreement' },
  states: {
    sent: { fr: 'Envoyée', en: 'Sent' },
    accepted: { fr: 'Acceptée', en: 'Accepted' },
    declined: { fr: 'Déclinée', en: 'Declined' },
    superseded: { fr: 'Remplacée par une nouvelle version', en: 'Superseded by a new version' },
  },
  events: {
    ACCEPT: { fr: 'Accepter', en: 'Accept' },
    DECLINE: { fr: 'Décliner', en: 'Decline' },
    SUPERSEDE: { fr: 'Remplacer par une nouvelle version', en: 'Supersede with a new version' },
  },
};

/** The FR/EN names of the payment request machine's states and events. */
export const PAYMENT_REQUEST_LABELS: MachineLabels<PaymentRequestStatus, PaymentRequestEventType> = {
  subject: { fr: 'la demande de paiement', en: 'the payment request' },
  states: {
    draft: { fr: 'Brouillon', en: 'Draft' },
    submitted: { fr: 'Soumise', en: 'Submitted' },
    under_review: { fr: 'En révision', en: 'Under review' },
    changes_requested: { fr: 'Modifications demandées', en: 'Changes requested' },
    rejected: { fr: 'Refusée', en: 'Rejected' },
    approved: { fr: 'Approuvée', en: 'Approved' },
    forwarded_to_admin: { fr: 'Transmise à l’administration', en: 'Forwarded to administration' },
    processing: { fr: 'Paiement en cours', en: 'Payment in progress' },
    payment_failed: { fr: 'Paiement échoué', en: 'Payment failed' },
    paid: { fr: 'Payée', en: 'Paid' },
    withdrawn: { fr: 'Retirée', en: 'Withdrawn' },
    reversed: { fr: 'Paiement annulé', en: 'Payment reversed' },
  },
  events: {
    EDIT: { fr: 'Modifier', en: 'Edit' },
    SUBMIT: { fr: 'Soumettre', en: 'Submit' },
    START_REVIEW: { fr: 'Commencer la révision', en: 'Start the review' },
    DECIDE_LINES: { fr: 'Statuer sur des lignes', en: 'Decide on lines' },
    APPROVE: { fr: 'Approuver', en: 'Approve' },
    REQUEST_CHANGES: { fr: 'Demander des modifications', en: 'Request changes' },
    REJECT: { fr: 'Refuser', en: 'Reject' },
    WITHDRAW: { fr: 'Retirer', en: 'Withdraw' },
    FORWARD: { fr: 'Transmettre à l’administration', en: 'Forward to administration' },
    START_PROCESSING: { fr: 'Lancer le paiement', en: 'Start the payment' },
    MARK_PAID: { fr: 'Marquer comme payée', en: 'Mark as paid' },
    FAIL_PAYMENT: { fr: 'Signaler l’échec du paiement', en: 'Report a failed payment' },
    RETRY_PAYMENT: { fr: 'Relancer le paiement', en: 'Retry the payment' },
    REVERSE: { fr: 'Annuler le paiement', en: 'Reverse the payment' },
  },
};

/** The FR/EN names of the volunteer application machine's states and events. */
export const APPLICATION_LABELS: MachineLabels<ApplicationStatus, ApplicationEventType> = {
  subject: { fr: 'la candidature', en: 'the application' },
  states: {
    submitted: { fr: 'Reçue', en: 'Received' },
    phone_interview_scheduled: { fr: 'Entrevue téléphonique prévue', en: 'Phone interview scheduled' },
    phone_interview_done: { fr: 'Entrevue téléphonique faite', en: 'Phone interview held' },
    joint_interview_scheduled: { fr: 'Entrevue conjointe prévue', en: 'Joint interview scheduled' },
    joint_interview_done: { fr: 'Entrevue conjointe faite', en: 'Joint interview held' },
    accepted: { fr: 'Acceptée', en: 'Accepted' },
    volunteer_registration: { fr: 'Inscription au service des bénévoles', en: 'Volunteer registration' },
    orientation_scheduled: { fr: 'Séance d’orientation prévue', en: 'Orientation scheduled' },
    active: { fr: 'Bénévole en fonction', en: 'Active volunteer' },
    declined: { fr: 'Refusée', en: 'Declined' },
    withdrawn: { fr: 'Retirée', en: 'Withdrawn' },
    on_hold: { fr: 'En suspens', en: 'On hold' },
  },
  events: {
    SCHEDULE_PHONE_INTERVIEW: { fr: 'Planifier l’entrevue téléphonique', en: 'Schedule the phone interview' },
    COMPLETE_PHONE_INTERVIEW: { fr: 'Consigner l’entrevue téléphonique', en: 'Record the phone interview' },
    SCHEDULE_JOINT_INTERVIEW: { fr: 'Planifier l’entrevue conjointe', en: 'Schedule the joint interview' },
    RECORD_DOCUMENT: { fr: 'Vérifier un document', en: 'Verify a document' },
    COMPLETE_JOINT_INTERVIEW: { fr: 'Consigner l’entrevue conjointe', en: 'Record the joint interview' },
    ACCEPT: { fr: 'Accepter', en: 'Accept' },
    START_REGISTRATION: { fr: 'Inscrire au service des bénévoles', en: 'Register with the volunteer service' },
    SCHEDULE_ORIENTATION: { fr: 'Planifier la séance d’orientation', en: 'Schedule the orientation' },
    COMPLETE_ORIENTATION: { fr: 'Consigner la séance d’orientation', en: 'Record the orientation' },
    PUT_ON_HOLD: { fr: 'Mettre en suspens', en: 'Put on hold' },
    RESUME: { fr: 'Reprendre', en: 'Resume' },
    DECLINE: { fr: 'Refuser', en: 'Decline' },
    WITHDRAW: { fr: 'Retirer', en: 'Withdraw' },
  },
};

/** The FR/EN names of the tax slip machine's states and events. */
export const TAX_SLIP_LABELS: MachineLabels<TaxSlipStatus, TaxSlipEventType> = {
  subject: { fr: 'le feuillet fiscal', en: 'the tax slip' },
  states: {
    pending: { fr: 'À produire', en: 'Pending' },
    generated: { fr: 'Produit', en: 'Generated' },
    issued: { fr: 'Émis', en: 'Issued' },
    amended: { fr: 'Modifié', en: 'Amended' },
    cancelled: { fr: 'Annulé', en: 'Cancelled' },
  },
  events: {
    GENERATE: { fr: 'Produire', en: 'Generate' },
    ISSUE: { fr: 'Émettre', en: 'Issue' },
    AMEND: { fr: 'Modifier', en: 'Amend' },
    CANCEL: { fr: 'Annuler', en: 'Cancel' },
  },
};
