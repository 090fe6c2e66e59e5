import type { HonorariaClient, StorageAdapter } from '@honoraria/core';
import { createHonoraria, defineFramework, fixedClock, formatDate, sequentialIds, staticDirectory } from '@honoraria/core';
import { cisssOutaouaisVolunteer } from '@honoraria/example-configs';
import type { Narrator } from './narrator';
import { ACTORS, STAFF } from './staff';

/** What the volunteer flow ends with, for tests. */
export interface VolunteerFlowResult {
  readonly applicationId: string;
  readonly status: string;
  readonly partnerId: string;
  readonly parkingPasses: number;
  readonly auditValid: boolean;
}

const MARK = { met: '✓', unmet: '✗', needs_review: '?' } as const;

/**
 * The CISSS de l'Outaouais partner-user programme: an application checked against the
 * programme's criteria, a phone interview within 30 days, a joint interview with the résumé
 * and two pieces of photo ID, volunteer status and orientation, then a free parking pass for
 * each activity.
 */
export async function runVolunteerFlow(options: { readonly storage: StorageAdapter; readonly narrator: Narrator }): Promise<VolunteerFlowResult> {
  const { narrator: say, storage } = options;
  const lang = say.lang;
  const framework = defineFramework(cisssOutaouaisVolunteer);
  const clock = fixedClock('2026-03-02T15:00:00Z');
  const service = createHonoraria({
    framework,
    storage,
    clock,
    ids: sequentialIds(),
    notifier: say.notifier,
    // The narrated demo prints each email under the step that caused it; a server keeps the
    // default (`'background'`): commands never wait for the mail server.
    autoDispatch: 'inline',
    directory: staticDirectory(STAFF),
    portalUrl: 'https://portail.cisss.example',
  });
  const as = (actor: Parameters<typeof service.as>[0]): HonorariaClient => service.as(actor);

  say.part('part_volunteer');

  say.step('step_apply', { applicant: 'Alice Lévesque' });
  const alice = as(ACTORS.applicant('applicant_alice'));
  let r = await alice.submitApplication({
    applicant: { name: 'Alice Lévesque', email: 'alice.levesque@courriel.example', lang },
    answers: { care_last_24_months: '2025-11-15', wants_to_contribute: true, volunteer: true, embraces_values: true },
    commitment: 'ongoing_committee',
    idempotencyKey: 'application-alice',
  });
  const id = r.application.id;
  const director = as(ACTORS.director);
  const view = await director.getApplication({ id: id });
  for (const c of view.eligibility.criteria) say.say('criterion', { result: MARK[c.status], label: `${c.label[lang]} — ${c.reason[lang]}` });
  say.say('eligibility', { overall: say.t(`overall_${view.eligibility.overall}`) });
  say.say('due', { date: formatDate(view.eligibility.interviewDueOn, lang) });

  say.step('step_phone');
  clock.set('2026-03-16T14:00:00Z');
  r = await director.schedulePhoneInterview({ id: id, at: '2026-03-18T14:00:00Z', expectedVersion: r.version });
  clock.set('2026-03-18T15:00:00Z');
  r = await director.recordPhoneInterview({ id: id, outcome: 'favourable', expectedVersion: r.version });
  r = await director.scheduleJointInterview({ id: id, at: '2026-03-25T14:00:00Z', expectedVersion: r.version });

  say.step('step_joint');
  clock.set('2026-03-25T16:00:00Z');
  const met = { met: true };
  r = await director.recordJointInterview({
    id: id,
    documents: { resume: 1, photo_id: 2 },
    assessments: { understands_network: met, constructive_in_groups: met, values_others: met, professional_reliable: met },
    expectedVersion: r.version,
  });

  say.step('step_accept_app');
  r = await director.acceptApplication({ id: id, expectedVersion: r.version });
  r = await director.registerVolunteer({ id: id, volunteerServiceRef: 'BEN-2026-031', expectedVersion: r.version });
  r = await director.scheduleOrientation({ id: id, at: '2026-04-07T22:00:00Z', expectedVersion: r.version });
  clock.set('2026-04-08T01:00:00Z');
  r = await director.completeOrientation({ id: id, expectedVersion: r.version });
  const partnerId = r.application.partnerId ?? '';
  say.say('volunteer_active', { applicant: 'Alice Lévesque', partnerId });

  say.step('step_parking');
  const pass = await director.issueParkingPass({ partnerId, activityId: 'comite_usagers_2026_04_14', validOn: '2026-04-14', site: 'Hôpital de Gatineau' });
  say.say('pass', { site: pass.parkingPass.site, date: formatDate(pass.parkingPass.validOn, lang) });

  const audit = await as({ id: 'u_auditor', roles: ['admin'] }).verifyAuditLog({});
  const passes = await as(ACTORS.partner(partnerId)).listParkingPasses({ partnerId });
  return { applicationId: id, status: r.application.status, partnerId, parkingPasses: passes.items.length, auditValid: audit.valid };
}
