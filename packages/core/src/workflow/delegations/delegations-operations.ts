import { createDelegation, revokeDelegation } from './delegation-commands';
import { listDelegations } from './list-delegations';

/** The operations on approval delegations. */
export const delegationsOperations = {
  createDelegation,
  revokeDelegation,
  listDelegations,
};
