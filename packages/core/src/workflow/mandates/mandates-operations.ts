import { acceptMandate, declineMandate } from './answer-mandate';
import { cancelMandate, completeMandate } from './close-mandate';
import { createMandate } from './create-mandate';
import { getMandate } from './get-mandate';
import { listMandates } from './list-mandates';
import { approveMandate, rejectMandate, requestMandateChanges } from './review-mandate';
import { sendMandate } from './send-mandate';
import { submitMandate } from './submit-mandate';
import { updateMandate } from './update-mandate';

/** The operations on mandates. */
export const mandatesOperations = {
  createMandate,
  updateMandate,
  submitMandate,
  approveMandate,
  requestMandateChanges,
  rejectMandate,
  sendMandate,
  acceptMandate,
  declineMandate,
  completeMandate,
  cancelMandate,
  getMandate,
  listMandates,
};
