// The portal's first-run data: two partners, mandates and payment requests in different states,
// and a volunteer application, all made through the workflow service as the staff would.
import type { Honoraria } from '@honoraria/core';
import { APPLICANTS, SEED_PARTNERS, partnerPerson, actorOf, STAFF } from './people';

const staff = (id: string) => {
  const s = STAFF.find((p) => p.id === id)!;
  return { id: s.id, roles: [...s.roles] };
};

/** An ISO date `days` after (or before, when negative) `now`. */
export function isoDay(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whether the database already holds the seed (its last step, the application, is there). */
export async function isSeeded(service: Honoraria): Promise<boolean> {
  const page = await service.as(staff('u_director')).listApplications({ limit: 1 });
  return page.items.length > 0;
}

/**
 * Seeds the portal: Zoé has an active mandate with one paid and one submitted payment request;
 * Samuel has a mandate offered to him; a third mandate waits for the approver; Alice's volunteer
 * application waits for the programme director. Idempotency keys make a re-run harmless.
 */
export async function seedPortal(service: Honoraria, now: Date): Promise<void> {
  const secretariat = service.as(staff('u_secretariat'));
  const lead = service.as(staff('u_lead'));
  const approver = service.as(staff('u_approver'));
  const admin = service.as(staff('u_admin'));
  const [zoeSeed, samSeed] = SEED_PARTNERS;
  const zoeFile = await secretariat.registerPartner({
    name: zoeSeed.name, email: zoeSeed.email, lang: zoeSeed.lang, roles: ['patient', 'caregiver'],
    taxProfile: { sinStatus: 'provided', sin: '046454286', province: 'QC' },
    paymentProfile: { method: 'direct_deposit', bank: { institution: '815', transit: '30105', account: '4412345' } },
    idempotencyKey: 'seed-register-zoe',
  });
  const samFile = await secretariat.registerPartner({
    name: samSeed.name, email: samSeed.email, lang: samSeed.lang, roles: ['patient'],
    taxProfile: { sinStatus: 'requested', province: 'QC' },
    paymentProfile: { method: 'direct_deposit', bank: { institution: '006', transit: '10001', account: '9876543' } },
    idempotencyKey: 'seed-register-samuel',
  });
  const { project } = await lead.createProject({
    title: 'Équité en soins', type: 'research', costCentre: 'FRQS-2026-114', budgetCents: 500_000,
    idempotencyKey: 'seed-project-equite',
  });
  const terms = (partnerId: string, key: string, title: string) => ({
    partnerId, projectId: project.id, approverUserId: 'u_approver', title,
    role: 'Membre patient·e partenaire', engagementLevel: 'partner' as const,
    activities: [{ category: 'meeting', estimatedMinutes: 480 }, { category: 'preparation', estimatedMinutes: 120 }],
    startDate: isoDay(now, -60), endDate: isoDay(now, 300), estimatedMinutes: 600, budgetCapCents: 50_000,
    allowedCategories: ['meeting', 'preparation', 'document_review'], idempotencyKey: key,
  });
  async function approvedAndSent(partnerId: string, key: string, title: string) {
    const draft = await lead.createMandate(terms(partnerId, key, title));
    const submitted = await lead.submitMandate({ id: draft.mandate.id, expectedVersion: draft.version });
    const approved = await approver.approveMandate({ id: draft.mandate.id, expectedVersion: submitted.version });
    return lead.sendMandate({ id: draft.mandate.id, expectedVersion: approved.version });
  }
  // Zoé: an active mandate, one request paid, one waiting for the lead's approval.
  const zoeMandate = await approvedAndSent(zoeFile.partner.id, 'seed-mandate-zoe', 'Comité des usagers — projet Équité en soins');
  const zoe = service.as(actorOf(partnerPerson(zoeFile.partner)));
  const accepted = await zoe.acceptMandate({ id: zoeMandate.mandate.id, acceptAgreement: true, expectedVersion: zoeMandate.version });
  const first = await zoe.createPaymentRequest({
    mandateId: accepted.mandate.id,
    entries: [
      { id: 'ent_prep', date: isoDay(now, -40), category: 'preparation', minutes: 45, units: 1, description: 'Lecture du dossier' },
      { id: 'ent_meet1', date: isoDay(now, -39), category: 'meeting', minutes: 120, units: 1 },
    ],
    expenses: [{ id: 'exp_km', date: isoDay(now, -39), type: 'mileage', km: 42, quantity: 1, receiptIds: [], preApproved: false }],
    idempotencyKey: 'seed-request-1',
  });
  const sent = await zoe.submitPaymentRequest({ id: first.paymentRequest.id, attest: true, expectedVersion: first.version });
  await lead.approvePaymentRequest({
    id: first.paymentRequest.id, expectedVersion: sent.version,
    decisions: [{ lineId: 'ent_meet1', decision: 'adjusted', adjustedMinutes: 105, comment: 'La réunion a duré 1 h 45 selon le procès-verbal.' }],
  });
  await admin.forwardPaymentRequest({ id: first.paymentRequest.id });
  await admin.startPaymentProcessing({ id: first.paymentRequest.id });
  await admin.markPaymentRequestPaid({ id: first.paymentRequest.id, reference: 'DD-0042' });
  const second = await zoe.createPaymentRequest({
    mandateId: accepted.mandate.id,
    entries: [{ id: 'ent_meet2', date: isoDay(now, -10), category: 'meeting', minutes: 90, units: 1 }],
    expenses: [],
    idempotencyKey: 'seed-request-2',
  });
  await zoe.submitPaymentRequest({ id: second.paymentRequest.id, attest: true, expectedVersion: second.version });
  // Samuel: a mandate offered to him, to accept or decline.
  await approvedAndSent(samFile.partner.id, 'seed-mandate-samuel', 'Revue de documents — guide aux familles');
  // A mandate waiting for the approver.
  const waiting = await lead.createMandate(terms(samFile.partner.id, 'seed-mandate-waiting', 'Atelier de co-design — urgence'));
  await lead.submitMandate({ id: waiting.mandate.id, expectedVersion: waiting.version });
  // A volunteer application waiting for the programme director.
  const alice = APPLICANTS[0]!;
  await service.as(actorOf(alice)).submitApplication({
    applicant: { name: alice.name, email: alice.email, lang: alice.lang },
    answers: { care_last_24_months: isoDay(now, -90), wants_to_contribute: true, volunteer: true, embraces_values: true },
    commitment: 'ongoing_committee',
    idempotencyKey: 'seed-application-alice',
  });
}
