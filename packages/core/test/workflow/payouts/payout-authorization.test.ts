import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/workflow/actor';
import { actors } from '../fixtures';
import { createPaymentWorld, OMAR, payeeApprover, processingRequest, seedActiveMandate, seedPartner, submitRequest, ZOE } from '../payment-requests/payment-fixtures';

type World = ReturnType<typeof createPaymentWorld>;

/** The lead of the mandate, who approved the request, also holding the administration role. */
const leadAdmin: Actor = { id: 'u_lead', roles: ['project_lead', 'admin'] };

describe('the administration steps: who may do them', () => {
  let world: World;
  beforeEach(async () => {
    world = createPaymentWorld();
    await seedPartner(world, { id: ZOE });
    await seedPartner(world, { id: OMAR });
    await seedActiveMandate(world, { id: 'mnd_1' });
  });

  async function approved(): Promise<string> {
    const { id } = await submitRequest(world, 'mnd_1');
    await world.service.as(actors.lead).approvePaymentRequest({ id });
    return id;
  }

  const notAdministration: readonly Actor[] = [actors.lead, actors.approver, actors.finance, actors.secretariat, actors.partner(ZOE), actors.partner(OMAR)];

  it('forwardPaymentRequest: the administration role only; never the approver, never the payee', async () => {
    const id = await approved();
    for (const actor of [...notAdministration, leadAdmin, payeeApprover]) {
      await expect(world.service.as(actor).forwardPaymentRequest({ id }), actor.id).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(world.service.as(leadAdmin).forwardPaymentRequest({ id })).rejects.toMatchObject({
      messages: { en: 'The person who approved a request cannot also process it for payment.' },
    });
    await expect(world.service.as(actors.admin).forwardPaymentRequest({ id })).resolves.toMatchObject({ paymentRequest: { status: 'forwarded_to_admin' } });
  });

  it('lets the approver administer when the policy’s segregation allows it (never the payee)', async () => {
    const lax = createPaymentWorld({ framework: { approvalPolicy: { segregation: { approverMayAdminister: true } } } });
    await seedPartner(lax, { id: ZOE });
    await seedActiveMandate(lax, { id: 'mnd_1' });
    const { id } = await submitRequest(lax, 'mnd_1');
    await lax.service.as(actors.lead).approvePaymentRequest({ id });
    await expect(lax.service.as(payeeApprover).forwardPaymentRequest({ id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(lax.service.as(leadAdmin).forwardPaymentRequest({ id })).resolves.toMatchObject({ paymentRequest: { status: 'forwarded_to_admin' } });
  });

  it('startPaymentProcessing, markPaymentRequestPaid, markPaymentFailed, retryPayment, reversePayment: the administration role only', async () => {
    const id = await approved();
    await world.service.as(actors.admin).forwardPaymentRequest({ id });
    const steps = [
      (a: Actor) => world.service.as(a).startPaymentProcessing({ id }),
      (a: Actor) => world.service.as(a).markPaymentRequestPaid({ id }),
      (a: Actor) => world.service.as(a).markPaymentFailed({ id, reason: 'Refusé.' }),
      (a: Actor) => world.service.as(a).retryPayment({ id }),
      (a: Actor) => world.service.as(a).reversePayment({ id, reason: 'Erreur.' }),
    ];
    for (const step of steps) {
      for (const actor of [...notAdministration, leadAdmin, payeeApprover]) await expect(step(actor), actor.id).rejects.toMatchObject({ code: 'forbidden' });
    }
    const audit = (await world.storage.listAudit({ subjectId: id })).items;
    expect(audit.at(-1)?.action).toBe('payment_request.forward');
  });

  it('listAdminQueue: the administration and finance; lists approved to failed requests with the deadline and what the actor may act on', async () => {
    const approvedId = await approved();
    const { id: processingId } = await processingRequest(world, 'mnd_1');
    await submitRequest(world, 'mnd_1'); // under review: not in the queue
    for (const actor of [actors.lead, actors.approver, actors.secretariat, actors.partner(ZOE)]) {
      await expect(world.service.as(actor).listAdminQueue({}), actor.id).rejects.toMatchObject({ code: 'forbidden' });
    }
    world.clock.set('2026-05-02T14:00:00Z');
    const queue = await world.service.as(actors.admin).listAdminQueue({});
    expect(queue.items.map((i) => [i.id, i.status, i.dueAt, i.overdue, i.mayAct])).toEqual([
      [approvedId, 'approved', '2026-05-02T04:00:00.000Z', true, true],
      [processingId, 'processing', '2026-05-02T04:00:00.000Z', true, true],
    ]);
    const onlyProcessing = await world.service.as(actors.finance).listAdminQueue({ status: ['processing'] });
    expect(onlyProcessing.items.map((i) => [i.id, i.mayAct])).toEqual([[processingId, false]]);
    expect((await world.service.as(leadAdmin).listAdminQueue({})).items.every((i) => !i.mayAct)).toBe(true);
  });
});
