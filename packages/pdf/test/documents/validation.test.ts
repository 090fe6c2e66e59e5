import { HonorariaError } from '@honoraria/core';
import { describe, expect, it } from 'vitest';
import { renderApplication, renderMandate, renderPaymentRequest } from '../../src/index';
import { acceptedMandate, application, clock, framework, paidRequest, partnerNamed } from './fixtures';

async function issuesOf(attempt: Promise<unknown>): Promise<string[]> {
  const error = await attempt.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HonorariaError);
  expect((error as HonorariaError).code).toBe('validation_failed');
  for (const issue of (error as HonorariaError).issues) {
    expect(issue.message.fr.trim()).not.toBe('');
    expect(issue.message.en.trim()).not.toBe('');
  }
  return (error as HonorariaError).issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);
}

describe('bad input', () => {
  const partner = partnerNamed();
  const mandate = acceptedMandate(partner);

  it('is a typed, bilingual validation error with a path per problem, checked against core’s schemas', async () => {
    const badMandate = { ...mandate, budgetCapCents: 12.5, endDate: '2026-02-30' };
    const badPartner = { ...partner, name: '' };
    expect(await issuesOf(renderMandate({ framework, partner: badPartner, mandate: badMandate }, { lang: 'fr', clock: clock() }))).toEqual([
      'mandate.endDate:invalid_format',
      'mandate.budgetCapCents:invalid_type',
      'partner.name:required',
    ]);
  });

  it('names the framework, the clock, the names and the branding extras when they are wrong', async () => {
    const options = { lang: 'fr', clock: undefined, names: { u_lead: 42 }, branding: { contact: 7, signatory: { name: '' } } } as never;
    expect(await issuesOf(renderMandate({ framework: {} as never, partner, mandate }, options))).toEqual([
      'framework:invalid_type',
      'clock:invalid_type',
      'names:invalid_type',
      'branding.contact:invalid_type',
      'branding.signatory:invalid_type',
    ]);
  });

  it('leaves the engine’s own checks to the engine: language, accent colour, logo', async () => {
    expect(await issuesOf(renderMandate({ framework, partner, mandate }, { lang: 'de' as never, clock: clock(), branding: { accentColor: 'green' } }))).toEqual([
      'lang:invalid_enum',
      'branding.accentColor:invalid_color',
    ]);
  });

  it('checks the payment request and the application too, and never echoes what was given', async () => {
    const request = { ...paidRequest(mandate, partner), status: 'lost' };
    const issues = await issuesOf(renderPaymentRequest({ framework, partner, mandate, request: request as never }, { lang: 'en', clock: clock() }));
    expect(issues).toEqual(['request.status:invalid_value']);
    const app = { ...application(), applicant: { name: 'Secret Name', email: 'not-an-email' } };
    const error = (await renderApplication({ framework, application: app as never }, { lang: 'en', clock: clock() }).catch((e: unknown) => e)) as HonorariaError;
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['application.applicant.email']);
    expect(JSON.stringify(error.toJSON())).not.toContain('not-an-email');
  });
});
