import { describe, expect, it } from 'vitest';
import { checkMessageParity } from '../../../src/i18n/messages';
import type { DocumentRenderer } from '../../../src/ports/document-renderer';
import { agreementNotifications } from '../../../src/workflow/agreements/agreement-notifications';
import { amendmentNotifications } from '../../../src/workflow/amendments/amendment-notifications';
import { delegationNotifications } from '../../../src/workflow/delegations/delegation-notifications';
import { mandateNotifications } from '../../../src/workflow/mandates/mandate-notifications';
import { actors, createWorld, mandateAt, registerTestPartner, textRenderer } from '../fixtures';

describe('mandate documents and notifications', () => {
  it('rolls the whole acceptance back when the renderer fails (document_failure), then succeeds on retry', async () => {
    let fail = true;
    const flaky: DocumentRenderer = {
      async render(request, options) {
        if (fail && request.kind === 'master_agreement') throw new Error('font missing');
        return textRenderer.render(request, options);
      },
    };
    const world = createWorld({ documents: flaky });
    const partnerId = await registerTestPartner(world);
    const m = await mandateAt(world, partnerId, 'sent_to_partner');
    const partner = world.service.as(actors.partner(partnerId));
    const sentBefore = world.notifier.sent.length;
    await expect(partner.acceptMandate({ id: m.id, acceptAgreement: true, idempotencyKey: 'acc' })).rejects.toMatchObject({ code: 'document_failure', details: { kind: 'master_agreement' } });
    expect((await world.storage.get('mandates', m.id))?.index.status).toBe('sent_to_partner');
    expect((await world.storage.list('agreements')).items.map((r) => r.index.status)).toEqual(['sent']);
    expect((await world.storage.list('documents')).items).toEqual([]);
    expect((await world.storage.listAudit({ subjectId: m.id })).items).toHaveLength(4);
    expect(world.notifier.sent).toHaveLength(sentBefore);
    fail = false;
    const accepted = await partner.acceptMandate({ id: m.id, acceptAgreement: true, idempotencyKey: 'acc' });
    expect(accepted.documents).toHaveLength(2);
  });

  it('accepts without filing documents when the service has no renderer', async () => {
    const world = createWorld({ documents: null });
    const partnerId = await registerTestPartner(world);
    const m = await mandateAt(world, partnerId, 'sent_to_partner');
    const accepted = await world.service.as(actors.partner(partnerId)).acceptMandate({ id: m.id, acceptAgreement: true });
    expect(accepted.documents).toEqual([]);
    expect(accepted.agreement?.documentId).toBeUndefined();
    expect((await world.storage.list('documents')).items).toEqual([]);
  });

  it('writes to an English-speaking partner in English', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world, { name: 'Omar', email: 'omar@example.org', lang: 'en' });
    await mandateAt(world, partnerId, 'sent_to_partner');
    const offer = world.notifier.sent.at(-1);
    expect(offer).toMatchObject({ template: 'mandate.sent_with_agreement', lang: 'en', subject: 'New mandate to accept: Comité des usagers' });
    expect(offer?.text).toContain('Master partnership agreement');
    expect(offer?.text).toContain('April 1, 2026');
    expect(offer?.links.map((l) => l.label)).toEqual(['View the mandate', 'Read the master agreement']);
  });

  it('has the same keys and placeholders in French and English', () => {
    for (const ns of [mandateNotifications, agreementNotifications, amendmentNotifications, delegationNotifications]) {
      expect(checkMessageParity(ns)).toEqual([]);
    }
  });
});
