// Shared fixtures of the workflow tests: a framework like the seed's (mandate + master agreement,
// direct deposit and gift cards, T4A above $500, a volunteer programme), staff, actors, and a
// service on the memory storage with a fixed clock and sequential ids.
import { defineFramework } from '../../src/framework/define-framework';
import type { Framework, FrameworkInput } from '../../src/framework/framework-config';
import { fixedClock } from '../../src/ports/clock';
import type { FixedClock } from '../../src/ports/clock';
import type { DocumentRenderer, DocumentRenderRequest } from '../../src/ports/document-renderer';
import { sequentialIds } from '../../src/ports/id-generator';
import type { IdGenerator } from '../../src/ports/id-generator';
import type { Notifier, OutgoingNotification } from '../../src/ports/notifier';
import type { StorageAdapter } from '../../src/ports/storage-adapter';
import { staticDirectory } from '../../src/ports/user-directory';
import type { StaffMember, UserDirectory } from '../../src/ports/user-directory';
import type { WarningSink } from '../../src/workflow/checked-directory';
import { createMemoryStorage } from '../../src/storage/memory-storage';
import type { Actor } from '../../src/workflow/actor';
import type { Honoraria } from '../../src/workflow/create-honoraria';
import { createHonoraria } from '../../src/workflow/create-honoraria';
import { PROJECTS_COLLECTION } from '../../src/workflow/projects/project-store';

/** The framework input of the tests (close to examples/configs' SSA Québec-style one; numbers illustrative). */
export const frameworkInput: FrameworkInput = {
  organization: { id: 'org', name: { fr: 'Unité de soutien test', en: 'Test support unit' }, type: 'research_unit', timeZone: 'America/Toronto' },
  policyVersion: {
    id: 'policy-2026',
    organizationId: 'org',
    title: { fr: 'Cadre de reconnaissance et de rétribution', en: 'Recognition and compensation framework' },
    version: '2026.1',
    effectiveFrom: '2026-03-01',
    scope: { included: ['compensation', 'salary', 'gift_cards', 'tax', 'administration'], excluded: ['employment_status', 'liability_insurance'] },
  },
  currency: 'CAD',
  activityCategories: [
    { code: 'meeting', label: { fr: 'Réunion', en: 'Meeting' }, compensable: true },
    { code: 'preparation', label: { fr: 'Préparation', en: 'Preparation' }, kind: 'preparation', compensable: true },
    { code: 'document_review', label: { fr: 'Révision de documents', en: 'Document review' }, compensable: true },
    { code: 'travel_time', label: { fr: 'Temps de déplacement', en: 'Travel time' }, kind: 'travel', compensable: false },
  ],
  engagementLevels: [
    { code: 'consult', label: { fr: 'Consulter', en: 'Consult' }, compensated: true, defaultRuleId: 'consult_hourly' },
    { code: 'involve', label: { fr: 'Impliquer', en: 'Involve' }, compensated: true, defaultRuleId: 'involve_hourly' },
  ],
  rateSchedules: [
    {
      id: 'rates_2026',
      label: { fr: 'Grille 2026', en: '2026 schedule' },
      effectiveFrom: '2026-01-01',
      currency: 'CAD',
      rules: [
        { id: 'consult_hourly', label: { fr: 'Consulter (25 $/h)', en: 'Consult ($25/h)' }, categories: ['meeting', 'preparation', 'document_review'], engagementLevel: 'consult', unit: 'hour', amountCents: 2500, rounding: { incrementMinutes: 15, mode: 'up' } },
        { id: 'involve_hourly', label: { fr: 'Impliquer (40 $/h)', en: 'Involve ($40/h)' }, categories: ['meeting', 'preparation', 'document_review'], engagementLevel: 'involve', unit: 'hour', amountCents: 4000, rounding: { incrementMinutes: 15, mode: 'up' } },
      ],
    },
  ],
  expensePolicy: { allowedTypes: ['mileage', 'parking', 'transit'], kmRateCents: 50, receiptsRequired: true, receiptThresholdCents: 1000 },
  paymentMethods: ['direct_deposit', 'gift_card'],
  tax: {
    rules: [
      {
        id: 't4a_028',
        kind: 'T4A',
        label: { fr: 'T4A, case 028', en: 'T4A, box 028' },
        jurisdiction: 'CA',
        box: '028',
        thresholdCents: 50000,
        effectiveFromYear: 2020,
        source: { status: 'sourced', url: 'https://www.canada.ca/en/revenue-agency/services/forms-publications/publications/rc4157.html' },
      },
    ],
  },
  approvalPolicy: { submissionWindowDays: 90, reminderAfterDays: 5, offerValidityDays: 30, escalation: { afterDays: 10, to: { kind: 'user', userId: 'u_director' } } },
  masterAgreement: {
    id: 'agreement-2026',
    organizationId: 'org',
    policyVersionId: 'policy-2026',
    version: '1',
    title: { fr: 'Entente globale de partenariat', en: 'Master partnership agreement' },
    effectiveFrom: '2026-03-01',
    clauses: [
      { id: 'not_employment', kind: 'not_employment', title: { fr: 'Statut', en: 'Status' }, body: { fr: 'Cette entente ne crée pas de lien d’emploi.', en: 'This agreement creates no employment relationship.' } },
      { id: 'confidentiality', kind: 'confidentiality', title: { fr: 'Confidentialité', en: 'Confidentiality' }, body: { fr: 'Le partenaire garde confidentielles les informations reçues.', en: 'The partner keeps the information received confidential.' } },
    ],
  },
  volunteerProgramme: {
    id: 'partner_users',
    name: { fr: 'Usagers partenaires', en: 'Partner users' },
    criteria: [
      { code: 'care_last_24_months', label: { fr: 'Soins reçus depuis 24 mois', en: 'Care received within 24 months' }, type: 'date_within', months: 24 },
      { code: 'wants_to_contribute', label: { fr: 'Souhaite contribuer', en: 'Wants to contribute' }, type: 'attestation' },
    ],
    interviewDeadlineDays: 30,
    requiredDocuments: [
      { code: 'resume', label: { fr: 'Curriculum vitæ', en: 'Résumé' }, count: 1 },
      { code: 'photo_id', label: { fr: 'Pièce d’identité avec photo', en: 'Photo ID' }, count: 2 },
    ],
    recognition: { parkingPassPerActivity: true, parkingSites: ['Hôpital de Gatineau'] },
  },
};

/** The validated test framework. */
export const framework: Framework = defineFramework(frameworkInput);

/** Staff of the test institution. */
export const staff: readonly StaffMember[] = [
  { id: 'u_lead', name: 'Léa Gagnon', email: 'lea.gagnon@example.org', lang: 'fr', roles: ['project_lead'] },
  { id: 'u_approver', name: 'Marc Roy', email: 'marc.roy@example.org', lang: 'en', roles: ['approver'] },
  { id: 'u_delegate', name: 'Nadia Côté', email: 'nadia.cote@example.org', lang: 'fr', roles: ['approver'] },
  { id: 'u_admin', name: 'Sylvie Paquette', email: 'admin@example.org', lang: 'fr', roles: ['admin'] },
  { id: 'u_finance', name: 'Karim Haddad', email: 'finance@example.org', lang: 'fr', roles: ['finance'] },
  { id: 'u_secretariat', name: 'Julie Morin', email: 'secretariat@example.org', lang: 'fr', roles: ['secretariat'] },
  { id: 'u_director', name: 'Paul Lavoie', email: 'direction@example.org', lang: 'fr', roles: ['programme_director', 'approver'] },
];

/** The actors of the tests. `partner(id)` builds a partner actor. */
export const actors = {
  lead: { id: 'u_lead', roles: ['project_lead'] },
  approver: { id: 'u_approver', roles: ['approver'] },
  delegate: { id: 'u_delegate', roles: ['approver'] },
  admin: { id: 'u_admin', roles: ['admin'] },
  finance: { id: 'u_finance', roles: ['finance'] },
  secretariat: { id: 'u_secretariat', roles: ['secretariat'] },
  director: { id: 'u_director', roles: ['programme_director', 'approver'] },
  partner: (partnerId: string): Actor => ({ id: `user_${partnerId}`, roles: ['partner'], partnerId }),
  /** Someone applying to the volunteer programme (no partner file yet). */
  applicant: (name: string): Actor => ({ id: `applicant_${name}`, roles: ['applicant'] }),
} satisfies Record<string, Actor | ((id: string) => Actor)>;

/** A notifier that keeps what it was given. */
export function recordingNotifier(): Notifier & { readonly sent: OutgoingNotification[] } {
  const sent: OutgoingNotification[] = [];
  return { sent, send: async (n) => (sent.push(n), { providerId: `rec-${n.id}` }) };
}

/**
 * A renderer producing real bytes: a small text document (UTF-8) naming the kind, the subject and
 * the partner, so tests can hash and read it back. `@honoraria/pdf` provides the PDF one.
 */
export const textRenderer: DocumentRenderer = {
  async render(request: DocumentRenderRequest, { now }) {
    const subject = request.kind === 'mandate' ? request.mandate.id : request.kind === 'master_agreement' ? request.agreement.id : request.request.id;
    const body = [`kind: ${request.kind}`, `subject: ${subject}`, `partner: ${request.partner.name}`, `lang: ${request.lang}`, `at: ${now.toISOString()}`, `events: ${request.audit.length}`].join('\n');
    return {
      bytes: new TextEncoder().encode(body),
      contentType: 'text/plain; charset=utf-8',
      fileName: `${request.kind}-${subject}.txt`,
      title: { fr: `Document ${request.kind}`, en: `Document ${request.kind}` },
    };
  },
};

/** A service under test and what it runs on. */
export interface TestWorld {
  readonly service: Honoraria;
  readonly storage: StorageAdapter;
  readonly clock: FixedClock;
  readonly notifier: ReturnType<typeof recordingNotifier>;
}

/** Creates a service on a fresh memory storage, clock at 2026-03-02 09:00 in Montréal. */
export function createWorld(options: { readonly storage?: StorageAdapter; readonly start?: string; readonly framework?: Framework; readonly ids?: IdGenerator; readonly documents?: DocumentRenderer | null; readonly directory?: UserDirectory; readonly onWarning?: WarningSink } = {}): TestWorld {
  const storage = options.storage ?? createMemoryStorage();
  const clock = fixedClock(options.start ?? '2026-03-02T14:00:00Z');
  const notifier = recordingNotifier();
  const service = createHonoraria({
    framework: options.framework ?? framework,
    storage,
    clock,
    ids: options.ids ?? sequentialIds(),
    notifier,
    autoDispatch: 'inline', // tests read what was sent right after each command
    documents: options.documents === undefined ? textRenderer : options.documents,
    directory: options.directory ?? staticDirectory(staff),
    portalUrl: 'https://portail.example.org',
    ...(options.onWarning === undefined ? {} : { onWarning: options.onWarning }),
  });
  return { service, storage, clock, notifier };
}

// --- helpers: partners and mandates driven through the service ---

/** A valid SIN (Luhn check digit) for tests; never a real person's. */
export const TEST_SIN = '046454286';

/** Registers a partner through the service, as the secretariat (with a SIN and direct deposit unless overridden); returns their id. */
export async function registerTestPartner(
  world: TestWorld,
  overrides: Partial<Parameters<ReturnType<Honoraria['as']>['registerPartner']>[0]> = {},
): Promise<string> {
  await ensureTestProject(world.storage);
  const result = await world.service.as(actors.secretariat).registerPartner({
    name: 'Zoé Tremblay',
    email: 'zoe@example.org',
    lang: 'fr',
    roles: ['patient'],
    taxProfile: { sinStatus: 'provided', sin: TEST_SIN, province: 'QC' },
    paymentProfile: { method: 'direct_deposit', bank: { institution: '001', transit: '12345', account: '1234567' } },
    ...overrides,
  });
  return result.partner.id;
}

/** The project test mandates name (`prj_1`, led by the test lead), stored once per storage. */
export const TEST_PROJECT = {
  id: 'prj_1',
  organizationId: 'org',
  title: 'Comité des usagers 2026',
  type: 'governance',
  leadUserId: 'u_lead',
  costCentre: 'CC-4410',
} as const;

/** Stores {@link TEST_PROJECT} (and any other project id given) unless it is there already: mandates must name an existing project. */
export async function ensureTestProject(storage: StorageAdapter, id: string = TEST_PROJECT.id): Promise<void> {
  await storage.transaction(async (tx) => {
    if ((await tx.get(PROJECTS_COLLECTION, id)) !== null) return;
    const entity = { ...TEST_PROJECT, id };
    await tx.put({ collection: PROJECTS_COLLECTION, id, data: { entity, machine: null, auditHead: null }, index: { assigneeId: entity.leadUserId, status: 'active', sortKey: '2026-01-01T00:00:00.000Z' }, expectedVersion: 0 });
  });
}

/** The terms of a test mandate (involve level, $400 cap, March to December 2026). */
export function mandateTerms(partnerId: string, overrides: Record<string, unknown> = {}) {
  return {
    partnerId,
    projectId: 'prj_1',
    approverUserId: actors.approver.id,
    title: 'Comité des usagers',
    engagementLevel: 'involve',
    activities: [{ category: 'meeting', estimatedMinutes: 600 }],
    startDate: '2026-03-01',
    endDate: '2026-12-31',
    estimatedMinutes: 600,
    budgetCapCents: 40_000,
    allowedCategories: ['meeting', 'preparation'],
    ...overrides,
  };
}

/** Drafts a mandate as the lead and drives it to `stage` (approved by the approver, sent by the lead); returns its id and version. */
export async function mandateAt(
  world: TestWorld,
  partnerId: string,
  stage: 'draft' | 'pending_approval' | 'approved' | 'sent_to_partner' | 'active',
  overrides: Record<string, unknown> = {},
): Promise<{ readonly id: string; readonly version: number }> {
  const lead = world.service.as(actors.lead);
  let r = await lead.createMandate(mandateTerms(partnerId, overrides) as Parameters<typeof lead.createMandate>[0]);
  const id = r.mandate.id;
  if (stage === 'draft') return { id, version: r.version };
  r = await lead.submitMandate({ id: id });
  if (stage === 'pending_approval') return { id, version: r.version };
  r = await world.service.as(actors.approver).approveMandate({ id: id });
  if (stage === 'approved') return { id, version: r.version };
  r = await lead.sendMandate({ id: id });
  if (stage === 'sent_to_partner') return { id, version: r.version };
  const accepted = await world.service.as(actors.partner(partnerId)).acceptMandate({ id: id, acceptAgreement: true });
  return { id, version: accepted.version };
}
