import type { ClientOf, OperationMap } from './operation';
import { verifyAuditLog } from './audit/verify-audit-log';
import { agreementsOperations } from './agreements/agreements-operations';
import { amendmentsOperations } from './amendments/amendments-operations';
import { delegationsOperations } from './delegations/delegations-operations';
import { documentsOperations } from './documents/documents-operations';
import { mandatesOperations } from './mandates/mandates-operations';
import { partnersOperations } from './partners/partners-operations';
import { applicationsOperations } from './applications/applications-operations';
import { paymentRequestOperations } from './payment-requests/payment-requests-operations';
import { payoutOperations } from './payouts/payouts-operations';
import { taxOperations } from './tax/tax-operations';
import { projectsOperations } from './projects/projects-operations';
import { notificationsOperations } from './notifications/notifications-operations';

/**
 * Every operation of the workflow service, by name. Each area (partners, projects, mandates,
 * payment requests, volunteer applications, tax) contributes its own map.
 */
export const operations = {
  verifyAuditLog,
  ...partnersOperations,
  ...projectsOperations,
  ...mandatesOperations,
  ...agreementsOperations,
  ...amendmentsOperations,
  ...delegationsOperations,
  ...documentsOperations,
  ...applicationsOperations,
  ...paymentRequestOperations,
  ...payoutOperations,
  ...taxOperations,
  ...notificationsOperations,
} satisfies OperationMap;

/** The operations of the workflow service. */
export type HonorariaOperations = typeof operations;

/** The operation names. */
export type OperationName = keyof HonorariaOperations;

/**
 * The client interface of Honoraria: one async method per operation. `service.as(actor)` and
 * the REST client of `@honoraria/adapters/http` both implement it.
 */
export type HonorariaClient = ClientOf<HonorariaOperations>;
