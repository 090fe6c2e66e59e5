import { getPartner, listPartners } from './get-partner';
import { registerPartner } from './register-partner';
import { setCompensationPreference } from './set-compensation-preference';
import { recordSinRequest, updateTaxProfile } from './tax-profile-commands';
import { updatePaymentProfile } from './update-payment-profile';
import { verifyPaymentProfile } from './verify-payment-profile';

/** The operations on partners' files. */
export const partnersOperations = {
  registerPartner,
  updatePaymentProfile,
  verifyPaymentProfile,
  updateTaxProfile,
  recordSinRequest,
  setCompensationPreference,
  getPartner,
  listPartners,
};
