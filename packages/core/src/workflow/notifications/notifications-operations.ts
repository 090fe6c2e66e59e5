import { listDeadLetters, resendNotification } from './dead-letters';

/** The operations on notifications: the dead letters of the outbox, for the administration. */
export const notificationsOperations = { listDeadLetters, resendNotification };
