import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { defineCommand } from '../operation';
import { programmeOf } from './application-access';
import { applicationRef, changeApplication } from './application-change';
import { evaluateApplication } from './application-eligibility';
import type { ApplicationResult } from './application-store';

/** The input of {@link acceptApplication}. */
export const AcceptApplicationInput = z.object(applicationRef).strict();

/**
 * The programme director accepts the applicant after the joint interview. Refused while the
 * document checklist is incomplete (`invalid_transition`, reason `documents_incomplete`: the
 * machine's guard), when a required criterion is unmet (`rule_violation`, reason `ineligible`,
 * one issue per criterion), or when another document the programme requires was not verified
 * (`rule_violation`, reason `documents_incomplete`).
 */
export const acceptApplication = defineCommand({ target: 'record', entity: 'application' }, AcceptApplicationInput, (ctx, input): Promise<ApplicationResult> => {
  const programme = programmeOf(ctx);
  return changeApplication(ctx, input, {
    action: 'application.accept',
    who: 'reviewer',
    check: (entity) => {
      const result = evaluateApplication(entity, programme, entity.receivedOn);
      if (result.overall !== 'ineligible') return;
      throw new HonorariaError('rule_violation', {
        message: { fr: 'Un critère d’admissibilité requis n’est pas rempli.', en: 'A required eligibility criterion is not met.' },
        details: { reason: 'ineligible' },
        issues: result.criteria
          .filter((c) => c.required && c.status === 'unmet')
          .map((c) => ({ path: ['criteria', c.code], code: 'criterion_unmet', message: { fr: `${c.label.fr} : ${c.reason.fr}`, en: `${c.label.en}: ${c.reason.en}` } })),
      });
    },
    events: (_, scope) => [{ type: 'ACCEPT', now: scope.at }],
    checkNext: (entity) => {
      const missing = programme.requiredDocuments.filter((d) => (entity.documentsVerified[d.code] ?? 0) < d.count);
      if (missing.length === 0) return;
      throw new HonorariaError('rule_violation', {
        message: {
          fr: `Documents à vérifier avant l’acceptation : ${missing.map((d) => d.label.fr).join(', ')}.`,
          en: `Documents to verify before acceptance: ${missing.map((d) => d.label.en).join(', ')}.`,
        },
        details: { reason: 'documents_incomplete' },
      });
    },
  });
});
