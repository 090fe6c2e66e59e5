import { describe, expect, it } from 'vitest';
import { defineFramework } from '../../src/framework/define-framework';
import { fixedClock } from '../../src/ports/clock';
import { sequentialIds } from '../../src/ports/id-generator';
import { staticDirectory } from '../../src/ports/user-directory';
import { createMemoryStorage } from '../../src/storage/memory-storage';
import { createHonoraria } from '../../src/workflow/create-honoraria';
import { actors, frameworkInput, recordingNotifier, staff, textRenderer } from './fixtures';
import { entry, seedActiveMandate, seedPartner, submitRequest, ZOE } from './payment-requests/payment-fixtures';

/** A world whose directory says that the approver u_zoe_staff is also the partner ptn_zoe. */
function world() {
  const framework = defineFramework(frameworkInput);
  const storage = createMemoryStorage();
  const clock = fixedClock('2026-04-01T14:00:00Z');
  const notifier = recordingNotifier();
  const directory = staticDirectory([...staff, { id: 'u_zoe_staff', name: 'Zoé Tremblay', email: 'zoe.staff@example.org', roles: ['approver', 'admin'], partnerIds: [ZOE] }]);
  const service = createHonoraria({ framework, storage, clock, ids: sequentialIds(), notifier, documents: textRenderer, directory, portalUrl: 'https://portail.example.org' });
  return { service, storage, clock, notifier, framework };
}

describe('segregation of duties is enforced by the service, not by the authenticate callback', () => {
  it('an approver the directory links to the payee cannot approve, even when the actor carries no partnerId', async () => {
    const w = world();
    await seedPartner(w, { id: ZOE });
    await seedActiveMandate(w, { id: 'mnd_1', approverUserId: 'u_zoe_staff', initiatorUserId: 'u_zoe_staff' });
    const { id } = await submitRequest(w, 'mnd_1', { entries: [entry('a', '2026-03-10', 60)] });
    // The host app authenticates her staff account without any partnerId.
    const zoeStaff = { id: 'u_zoe_staff', roles: ['approver', 'admin'] };
    await expect(w.service.as(zoeStaff).approvePaymentRequest({ id })).rejects.toMatchObject({
      code: 'forbidden',
      messages: { fr: 'Vous ne pouvez pas approuver ni traiter un paiement qui vous est destiné.', en: 'You cannot approve or process a payment made to you.' },
    });
  });

  it('an approver cannot delegate to a partner account, nor to staff without an approving role', async () => {
    const w = world();
    await expect(
      w.service.as(actors.approver).createDelegation({ toUserId: 'u_partner_account', from: '2026-04-01', to: '2026-04-05', reason: 'Vacances.' }),
    ).rejects.toMatchObject({ code: 'rule_violation', details: { reason: 'delegate_lacks_role' } });
    await expect(
      w.service.as(actors.approver).createDelegation({ toUserId: 'u_finance', from: '2026-04-01', to: '2026-04-05', reason: 'Vacances.' }),
    ).rejects.toMatchObject({ code: 'rule_violation', messages: { en: 'A delegation goes only to a member of staff who holds the delegated role.' } });
    await expect(w.service.as(actors.approver).createDelegation({ toUserId: 'u_delegate', from: '2026-04-01', to: '2026-04-05', reason: 'Vacances.' })).resolves.toMatchObject({
      delegation: { toUserId: 'u_delegate' },
    });
  });
});
