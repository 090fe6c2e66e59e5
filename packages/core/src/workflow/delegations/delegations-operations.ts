import { createDelegation, revokeDelegation } from './delegation-commands';
import { getDelegations } from './get-delegations';

/** The operations on approval delegations. */
export const delegationsOperations = {
  createDelegation,
  revokeDelegation,
  getDelegations,
};
