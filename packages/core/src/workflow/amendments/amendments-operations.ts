import { acceptAmendment, declineAmendment } from './answer-amendment';
import { approveAmendment, rejectAmendment, withdrawAmendment } from './decide-amendment';
import { proposeAmendment } from './propose-amendment';

/** The operations on mandate amendments. */
export const amendmentsOperations = {
  proposeAmendment,
  approveAmendment,
  rejectAmendment,
  withdrawAmendment,
  acceptAmendment,
  declineAmendment,
};
