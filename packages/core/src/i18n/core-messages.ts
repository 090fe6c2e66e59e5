import type { MessageNamespace } from './messages';
import { budgetMessages } from './messages/budget';
import { compensationMessages } from './messages/compensation';
import { eligibilityMessages } from './messages/eligibility';
import { frameworkMessages } from './messages/framework';
import { machineMessages } from './messages/machines';
import { workflowMessages } from './messages/workflow';
import { formatNames, typeNames, validationMessages } from './messages/validation';

/**
 * The message namespaces of the core domain. Other packages and areas define their own
 * namespaces (`notifications`, `pdf`…) with `defineMessages` and check them with
 * `checkMessageParity`; nothing here needs to change for that.
 */
export const CORE_MESSAGES: readonly MessageNamespace[] = [
  validationMessages,
  typeNames,
  formatNames,
  frameworkMessages,
  compensationMessages,
  eligibilityMessages,
  budgetMessages,
  machineMessages,
  workflowMessages,
];
