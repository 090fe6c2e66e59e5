// The six documents of one partner, rendered the same way, for the tests that go over all of them.
import type { Mandate, Partner, PaymentRequest } from '@honoraria/core';
import type { DocumentBranding, DocumentLang, DocumentPdf } from '../../src/index';
import {
  attestedActivities,
  renderAnnualStatement,
  renderApplication,
  renderAttestation,
  renderMandate,
  renderMasterAgreement,
  renderPaymentRequest,
} from '../../src/index';
import { acceptedMandate, application, clock, framework, ledgerEntries, mandateAudit, NAMES, NAMES_BY_ID, paidRequest, partnerNamed, project } from './fixtures';

/** The kinds of documents. */
export const KINDS = ['mandate', 'master_agreement', 'payment_request', 'application', 'attestation', 'annual_statement'] as const;
/** A kind of document. */
export type Kind = (typeof KINDS)[number];

const entities = new Map<string, { partner: Partner; mandate: Mandate; request: PaymentRequest }>();

/** A partner named `name`, their mandate and paid request (made once per name: benchmarks time the rendering only). */
function entitiesOf(name: string): { partner: Partner; mandate: Mandate; request: PaymentRequest } {
  let found = entities.get(name);
  if (found === undefined) {
    const partner = partnerNamed(name);
    const mandate = acceptedMandate(partner);
    found = { partner, mandate, request: paidRequest(mandate, partner) };
    entities.set(name, found);
  }
  return found;
}

/** Renders one kind of document for a partner named `name`, at the fixed clock. */
export function renderKind(kind: Kind, lang: DocumentLang, name: string = NAMES.vietnamese, branding?: DocumentBranding): Promise<DocumentPdf> {
  const { partner, mandate, request } = entitiesOf(name);
  const options = { lang, clock: clock(), names: NAMES_BY_ID, ...(branding === undefined ? {} : { branding }) };
  switch (kind) {
    case 'mandate':
      return renderMandate({ framework, partner, mandate, project, audit: mandateAudit() }, options);
    case 'master_agreement':
      return renderMasterAgreement(
        {
          framework,
          partner,
          acceptance: { id: 'agr_0001', partnerId: partner.id, masterAgreementId: 'agreement-2026', policyVersionId: 'policy-2026', status: 'accepted', sentAt: '2026-03-02T16:00:00Z', acceptedAt: '2026-03-03T18:30:00Z', evidence: { method: 'portal' } },
          audit: mandateAudit('agr_0001').slice(4),
        },
        options,
      );
    case 'payment_request':
      return renderPaymentRequest({ framework, partner, mandate, request, project }, options);
    case 'application':
      return renderApplication({ framework, application: application(name) }, options);
    case 'attestation':
      return renderAttestation({ framework, partner, period: { from: '2026-03-01', to: '2026-03-31' }, activities: attestedActivities([request]), mandates: [mandate], projects: [project] }, options);
    case 'annual_statement':
      return renderAnnualStatement({ framework, partner, year: 2026, entries: ledgerEntries(partner.id), province: 'QC' }, options);
  }
}
