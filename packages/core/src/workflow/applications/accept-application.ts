import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { defineCommand } from '../operation';
import { programmeOf } from './application-access';
import { applicationRef, changeApplication } from './application-change';
import { evaluateApplication } from './application-eligibility';
import type { ApplicationEntity, ApplicationResult } from './application-store';
import type { VolunteerProgramme } from '../../framework/volunteer-programme';
import { translate } from '../../i18n/messages';
import { workflowMessages } from '../../i18n/messages/workflow';

/**
 * The machine's guard with the framework's words: after the joint interview, acceptance is
 * `invalid_transition` (reason `documents_incomplete`, as the guard says) while a document the
 * programme requires is not verified, naming each by its label (and how many of how many).
 */
function requireDocuments(programme: VolunteerProgramme, entity: ApplicationEntity): void {
  if (entity.status !== 'joint_interview_done') return; // any other state: the machine refuses ACCEPT as it is
  const missing = programme.requiredDocuments.filter((d) => (entity.documentsVerified[d.code] ?? 0) < d.count);
  if (missing.length === 0) return;
  const name = (d: (typeof missing)[number], lang: 'fr' | 'en') =>
    d.count > 1 ? `${d.label[lang]} (${entity.documentsVerified[d.code] ?? 0} ${lang === 'fr' ? 'sur' : 'of'} ${d.count})` : d.label[lang];
  throw new HonorariaError('invalid_transition', {
    message: {
      fr: `Documents à vérifier avant l’acceptation : ${missing.map((d) => name(d, 'fr')).join(', ')}.`,
      en: `Documents to verify before acceptance: ${missing.map((d) => name(d, 'en')).join(', ')}.`,
    },
    details: { machine: 'application', from: entity.status, event: 'ACCEPT', reason: 'documents_incomplete', missing: missing.map((d) => d.code).join(', ') },
  });
}

/** The input of {@link acceptApplication}. */
export const AcceptApplicationInput = z.object(applicationRef).strict();

/**
 * The programme director accepts the applicant after the joint interview. Refused while a
 * document the programme requires (the framework's `requiredDocuments`) is not verified
 * (`rule_violation`, reason `documents_incomplete`, with the documents' labels; the machine's
 * guard holds the same checklist), or when a required criterion is unmet (`rule_violation`,
 * reason `ineligible`, one issue per criterion).
 */
export const acceptApplication = defineCommand({ target: 'record', entity: 'application' }, AcceptApplicationInput, (ctx, input): Promise<ApplicationResult> => {
  const programme = programmeOf(ctx);
  return changeApplication(ctx, input, {
    action: 'application.accept',
    who: 'reviewer',
    check: (entity) => {
      requireDocuments(programme, entity);
      const result = evaluateApplication(entity, programme, entity.receivedOn);
      if (result.overall !== 'ineligible') return;
      throw new HonorariaError('rule_violation', {
        message: translate(workflowMessages, 'ineligible'),
        details: { reason: 'ineligible' },
        issues: result.criteria
          .filter((c) => c.required && c.status === 'unmet')
          .map((c) => ({ path: ['criteria', c.code], code: 'criterion_unmet', message: { fr: `${c.label.fr} : ${c.reason.fr}`, en: `${c.label.en}: ${c.reason.en}` } })),
      });
    },
    events: (_, scope) => [{ type: 'ACCEPT', now: scope.at }],
  });
});
