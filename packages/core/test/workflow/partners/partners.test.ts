import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/workflow/actor';
import { actors, createWorld, registerTestPartner, TEST_SIN } from '../fixtures';

const BANK = { institution: '001', transit: '12345', account: '1234567' };

async function setup() {
  const world = createWorld();
  const partnerId = await registerTestPartner(world);
  const otherId = await registerTestPartner(world, { name: 'Omar', email: 'omar@example.org' });
  return { world, partnerId, otherId, as: (a: Actor) => world.service.as(a) };
}

function everything(world: ReturnType<typeof createWorld>): Promise<string> {
  return Promise.all([world.storage.listAudit({ limit: 1000 }), world.storage.list('outbox', { limit: 1000 }), world.storage.list('partners', { limit: 1000 })]).then((parts) =>
    JSON.stringify([parts[0].items, parts[1].items, parts[2].items]),
  );
}

describe('partners', () => {
  it('registerPartner opens the file with its profiles, and never returns, audits or logs the SIN or bank details', async () => {
    const world = createWorld();
    const result = await world.service.as(actors.secretariat).registerPartner({
      name: 'Zoé Tremblay',
      email: 'zoe@example.org',
      roles: ['patient', 'caregiver'],
      taxProfile: { sinStatus: 'provided', sin: '046 454 286', province: 'QC' },
      paymentProfile: { method: 'direct_deposit', bank: BANK },
      compensationPreference: { mode: 'cap', capPerYearCents: 150_000, capReason: 'benefits' },
    });
    expect(result.partner).toMatchObject({ id: 'ptn_0001', lang: 'fr', status: 'active', organizationId: 'org', compensationPreference: { mode: 'cap', declaredAt: '2026-03-02T14:00:00.000Z' } });
    expect(result.taxProfile).toMatchObject({ sinStatus: 'provided', sin: '*** *** 286' });
    expect(result.paymentProfile?.bank).toEqual({ institution: '***', transit: '***45', account: '****567' });
    expect(result.paymentProfile?.verifiedByUserId).toBe('u_secretariat');
    const stored = await world.storage.get<{ entity: { sin: string } }>('tax_profiles', 'ptn_0001');
    expect(stored?.data.entity.sin).toBe(TEST_SIN);
    const dump = await everything(world);
    expect(dump).not.toContain(TEST_SIN);
    expect(dump).not.toContain('1234567');
    const audit = (await world.storage.listAudit({ subjectId: 'ptn_0001' })).items;
    expect(audit).toEqual([expect.objectContaining({ action: 'partner.register', toState: 'active', data: { sinStatus: 'provided', sinRequests: 0, paymentMethod: 'direct_deposit', compensationMode: 'cap' } })]);
    expect((await world.storage.list('outbox')).items).toEqual([]); // registering notifies nobody
  });

  it('registerPartner: secretariat or administration only; validates every field; retries are idempotent', async () => {
    const world = createWorld();
    const input = { name: 'Lin', email: 'lin@example.org', idempotencyKey: 'reg-lin' };
    for (const actor of [actors.lead, actors.approver, actors.finance, actors.partner('ptn_x')]) {
      await expect(world.service.as(actor).registerPartner(input)).rejects.toMatchObject({ code: 'forbidden' });
    }
    const bad = await world.service
      .as(actors.admin)
      .registerPartner({ name: 'Lin', email: 'pas-un-courriel', taxProfile: { sinStatus: 'provided', sin: '123456789' }, paymentProfile: { method: 'cheque' } })
      .catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'validation_failed' });
    const paths = (bad as { issues: { path: (string | number)[] }[] }).issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['email', 'taxProfile.sin']));
    expect(JSON.stringify(bad)).not.toContain('123456789');
    await expect(world.service.as(actors.admin).registerPartner({ name: 'Lin', email: 'lin@example.org', paymentProfile: { method: 'cheque' } })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ path: ['paymentProfile', 'method'], code: 'payment_method_not_offered' }],
    });
    const first = await world.service.as(actors.admin).registerPartner(input);
    expect(await world.service.as(actors.admin).registerPartner(input)).toEqual(first);
    expect((await world.storage.list('partners')).items).toHaveLength(1);
  });

  it('updatePaymentProfile: the partner or the staff who keep profiles; a partner’s own change is unverified', async () => {
    const { world, partnerId, otherId, as } = await setup();
    await expect(as(actors.partner(otherId)).updatePaymentProfile({ id: partnerId, method: 'gift_card' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(as(actors.lead).updatePaymentProfile({ id: partnerId, method: 'gift_card' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(actors.approver).updatePaymentProfile({ id: partnerId, method: 'gift_card' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(actors.partner(partnerId)).updatePaymentProfile({ id: partnerId, method: 'direct_deposit' })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ path: ['bank'] }] });
    const changed = await as(actors.partner(partnerId)).updatePaymentProfile({ id: partnerId, method: 'direct_deposit', bank: { ...BANK, account: '7654321' }, expectedVersion: 1 });
    expect(changed.version).toBe(2);
    expect(changed.paymentProfile).toMatchObject({ method: 'direct_deposit', bank: { account: '****321' } });
    expect(changed.paymentProfile?.verifiedAt).toBeUndefined();
    await expect(as(actors.finance).updatePaymentProfile({ id: partnerId, method: 'gift_card', expectedVersion: 1 })).rejects.toMatchObject({ code: 'conflict' });
    // A change of where the money goes is unverified whoever makes it (see payout-guard.test.ts).
    const giftCard = await as(actors.finance).updatePaymentProfile({ id: partnerId, method: 'gift_card', expectedVersion: 2 });
    expect(giftCard.paymentProfile).toMatchObject({ method: 'gift_card', changedByUserId: 'u_finance' });
    expect(giftCard.paymentProfile?.verifiedAt).toBeUndefined();
    const audit = (await world.storage.listAudit({ subjectId: partnerId })).items.map((e) => [e.action, e.data]);
    expect(audit.slice(1)).toEqual([
      ['partner.payment_profile.update', { method: 'direct_deposit', previousMethod: 'direct_deposit', destinationChanged: true, before: 'direct_deposit ***/***45/****567', after: 'direct_deposit ***/***45/****321', verified: false }],
      ['partner.payment_profile.update', { method: 'gift_card', previousMethod: 'direct_deposit', destinationChanged: true, before: 'direct_deposit ***/***45/****321', after: 'gift_card', verified: false }],
    ]);
    expect(await everything(world)).not.toContain('7654321');
  });

  it('updateTaxProfile and recordSinRequest keep the reasonable-effort log', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world, { taxProfile: undefined, sinRequest: { channel: 'email', note: 'Formulaire envoyé' } });
    const secretariat = world.service.as(actors.secretariat);
    const asked = await secretariat.recordSinRequest({ id: partnerId, channel: 'phone' });
    expect(asked.taxProfile).toMatchObject({ sinStatus: 'requested', sinRequests: [{ channel: 'email', byUserId: 'u_secretariat', note: 'Formulaire envoyé' }, { channel: 'phone' }] });
    await expect(world.service.as(actors.partner(partnerId)).recordSinRequest({ id: partnerId, channel: 'phone' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(world.service.as(actors.lead).recordSinRequest({ id: partnerId, channel: 'phone' })).rejects.toMatchObject({ code: 'forbidden' });
    const provided = await world.service.as(actors.partner(partnerId)).updateTaxProfile({ id: partnerId, sinStatus: 'provided', sin: TEST_SIN, province: 'QC' });
    expect(provided.taxProfile).toMatchObject({ sinStatus: 'provided', sin: '*** *** 286', sinRequests: [{}, {}] });
    await expect(secretariat.recordSinRequest({ id: partnerId, channel: 'mail' })).rejects.toMatchObject({ code: 'rule_violation', details: { reason: 'sin_already_provided' } });
    await expect(world.service.as(actors.partner('ptn_other')).updateTaxProfile({ id: partnerId, sinStatus: 'refused' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(world.service.as(actors.lead).updateTaxProfile({ id: partnerId, sinStatus: 'refused' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(world.service.as(actors.approver).updateTaxProfile({ id: partnerId, sinStatus: 'refused' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(world.service.as(actors.partner(partnerId)).updateTaxProfile({ id: partnerId, sinStatus: 'provided' })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ path: ['sin'] }] });
    expect((await world.storage.listAudit({ subjectId: partnerId })).items.map((e) => e.action)).toEqual(['partner.register', 'partner.sin_request', 'partner.tax_profile.update']);
    expect(await everything(world)).not.toContain(TEST_SIN);
  });

  it('setCompensationPreference: the partner themself only', async () => {
    const { partnerId, otherId, as } = await setup();
    await expect(as(actors.secretariat).setCompensationPreference({ id: partnerId, mode: 'decline_all' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(actors.admin).setCompensationPreference({ id: partnerId, mode: 'decline_all' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(actors.partner(otherId)).setCompensationPreference({ id: partnerId, mode: 'decline_all' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(as(actors.partner(partnerId)).setCompensationPreference({ id: partnerId, mode: 'cap' })).rejects.toMatchObject({ code: 'validation_failed' });
    const set = await as(actors.partner(partnerId)).setCompensationPreference({ id: partnerId, mode: 'cap', capPerMonthCents: 20_000, preferredForm: 'gift_card' });
    expect(set.partner.compensationPreference).toMatchObject({ mode: 'cap', capPerMonthCents: 20_000, capOverflow: 'carry_over', preferredForm: 'gift_card', partnerId });
  });

  it('getPartner shows the SIN and bank details only to the partner and finance; listPartners is for staff', async () => {
    const { partnerId, otherId, as } = await setup();
    expect((await as(actors.partner(partnerId)).getPartner({ id: partnerId })).taxProfile?.sin).toBe(TEST_SIN);
    expect((await as(actors.finance).getPartner({ id: partnerId })).paymentProfile?.bank?.account).toBe('1234567');
    for (const actor of [actors.secretariat, actors.admin, actors.lead, actors.approver]) {
      const file = await as(actor).getPartner({ id: partnerId });
      expect(file.taxProfile?.sin).toBe('*** *** 286');
      expect(file.paymentProfile?.bank?.account).toBe('****567');
    }
    await expect(as(actors.partner(otherId)).getPartner({ id: partnerId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(as({ id: 'u_x', roles: ['applicant'] }).getPartner({ id: partnerId })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(actors.partner(partnerId)).listPartners({})).rejects.toMatchObject({ code: 'forbidden' });
    const page = await as(actors.secretariat).listPartners({ limit: 1 });
    expect(page.items.map((i) => i.partner.name)).toEqual(['Omar']);
    expect((await as(actors.secretariat).listPartners({ cursor: page.nextCursor })).items.map((i) => i.partner.name)).toEqual(['Zoé Tremblay']);
  });
});
