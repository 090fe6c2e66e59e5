import type { Provenance } from '@honoraria/core';

/**
 * The sources the example configurations cite, each read in `research/domain.md` of the
 * Honoraria project. A number marked `illustrative` is an example to replace; `to_verify` is a
 * figure seen in secondary sources that still needs checking against the original.
 */
export const SOURCES = {
  hecGuide: {
    status: 'sourced',
    url: 'https://healthcareexcellence.ca/en/resources/patient-partner-recognition-guide',
    citation: 'Healthcare Excellence Canada, Patient Partner Recognition Guide: inform none; consult $0 or $25/hour (a 2-hour focus group earns $50); involve $40/hour.',
  },
  ssaArticle: {
    status: 'sourced',
    url: 'https://ssaquebec.ca/en/news/how-to-build-a-framework-for-managing-the-compensation-of-patients-caregivers-and-citizens/',
    citation: 'Boutin, J. (2026, May 4). How to build a framework for managing the compensation of patients, caregivers, and citizens? Unité de soutien SSA Québec.',
  },
  craT4a: {
    status: 'sourced',
    url: 'https://www.canada.ca/en/revenue-agency/services/forms-publications/publications/rc4157.html',
    citation: 'CRA guide RC4157: a T4A is required when fees or other amounts for services exceed $500 in a calendar year. Box 028 (other income) or 048 (fees for services) depends on the facts.',
  },
  cihrExpenses: {
    status: 'sourced',
    url: 'https://cihr-irsc.gc.ca/e/53261.html',
    citation: 'CIHR Institute of Genetics, Patient Partner Compensation Guidelines: payment for expenses (e.g., travel) is not compensation and is reimbursed separately.',
  },
  mcmasterRetention: {
    status: 'sourced',
    url: 'https://financial-affairs.mcmaster.ca/services/accounts-payable-reimbursements/research-participant-payments/',
    citation: 'McMaster University, research participant payments: forms are kept for 7 years for audit.',
  },
  aceCentre: {
    status: 'sourced',
    citation: 'Ace Centre user group, expenses and payment (GitHub AceCentre/ResearchInnovationGp, ace-n-docs/users/expenses-and-payment.md): car travel at 45p/mile; £5 for a meeting held at home; claim within 3 months; paid within 2 weeks.',
  },
  yorkAllowance: {
    status: 'sourced',
    url: 'https://www.york.ac.uk/research/involvement/for-the-public/public-guide-to-research-payment',
    citation: 'University of York: a £5 allowance per online meeting for phone, internet and printing.',
  },
  scporTimeline: {
    status: 'sourced',
    url: 'https://www.scpor.ca/get-involved',
    citation: 'SCPOR: partners log hours after each event; a cheque arrives in 2–4 weeks.',
  },
  nihrRates: {
    status: 'to_verify',
    url: 'https://www.nihr.ac.uk/payment-guidance-researchers-and-professionals',
    note: 'Commonly cited NIHR figures (£25/hour; older INVOLVE rates £150/day and £75/half-day) were not visible in the copy read: verify against the current NIHR payment guidance before use.',
  },
  cissso: {
    status: 'sourced',
    url: 'https://cisss-outaouais.gouv.qc.ca/language/en/users-voice/becoming-a-partner-user/',
    citation: 'CISSS de l’Outaouais, Becoming a partner user: criteria; phone interview within 30 days of receipt; joint interview with a résumé and two pieces of photo ID; volunteer status; orientation; a free parking pass per activity.',
  },
  illustrative: {
    status: 'illustrative',
    note: 'An example value: replace it with your institution’s own decision.',
  },
} as const satisfies Record<string, Provenance>;

/** An illustrative value, with a note saying what it stands for. */
export function illustrative(note: string): Provenance {
  return { status: 'illustrative', note };
}
