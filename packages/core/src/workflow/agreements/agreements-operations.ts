import { acceptAgreement, declineAgreement } from './answer-agreement';
import { supersedeAgreements } from './supersede-agreements';

/** The operations on master-agreement acceptances. */
export const agreementsOperations = {
  acceptAgreement,
  declineAgreement,
  supersedeAgreements,
};
