import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/ports/clock';
import type { Notifier } from '../../src/ports/notifier';
import { staticDirectory } from '../../src/ports/user-directory';
import { createMemoryStorage } from '../../src/storage/memory-storage';
import type { ServiceWarning } from '../../src/workflow/checked-directory';
import { checkedDirectory } from '../../src/workflow/checked-directory';
import type { HonorariaOptions } from '../../src/workflow/create-honoraria';
import { createHonoraria } from '../../src/workflow/create-honoraria';
import { actors, createWorld, framework, mandateAt, registerTestPartner, staff } from './fixtures';

const notifier: Notifier = { send: async () => ({ providerId: 'p1' }) };

describe('createHonoraria: no silent defaults', () => {
  it('requires a storage: memory is an explicit choice', () => {
    expect(() => createHonoraria({ framework } as unknown as HonorariaOptions)).toThrow(expect.objectContaining({ code: 'validation_failed', details: { option: 'storage' } }));
    expect(createHonoraria({ framework, storage: createMemoryStorage() }).storage).toBeDefined();
  });

  it('requires an http(s) portalUrl with a notifier, and takes none without one (links are then relative)', () => {
    const storage = createMemoryStorage();
    expect(() => createHonoraria({ framework, storage, notifier } as unknown as HonorariaOptions)).toThrow(expect.objectContaining({ code: 'validation_failed', details: { option: 'portalUrl' } }));
    expect(() => createHonoraria({ framework, storage, notifier, portalUrl: 'portail' })).toThrow(expect.objectContaining({ code: 'validation_failed' }));
    expect(createHonoraria({ framework, storage, notifier, portalUrl: 'https://portail.example.org/' }).framework).toBe(framework);
    expect(createHonoraria({ framework, storage, clock: fixedClock('2026-03-02T14:00:00Z') }).framework).toBe(framework);
  });

  it('reports a staff member missing from the directory instead of losing their email silently', async () => {
    const warnings: ServiceWarning[] = [];
    const world = createWorld({ directory: staticDirectory(staff.filter((m) => m.id !== actors.approver.id)), onWarning: (w) => warnings.push(w) });
    const partnerId = await registerTestPartner(world);
    await mandateAt(world, partnerId, 'pending_approval');
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'staff_not_found', userId: actors.approver.id }));
    const warning = warnings.find((w) => w.code === 'staff_not_found')!;
    expect(warning.message.fr).toContain(actors.approver.id);
    expect(warning.message.en).toContain('no email can be sent');
    expect(world.notifier.sent.some((n) => n.to.email === staff.find((m) => m.id === actors.approver.id)?.email)).toBe(false);
  });

  it('reports a role nobody holds, and says nothing when the directory finds someone', async () => {
    const warnings: ServiceWarning[] = [];
    const directory = checkedDirectory(staticDirectory(staff), (w) => warnings.push(w));
    expect(await directory.withRole('approver')).not.toHaveLength(0);
    expect(await directory.find(actors.approver.id)).not.toBeNull();
    expect(warnings).toEqual([]);
    expect(await directory.withRole('nobody_role')).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'no_staff_with_role', role: 'nobody_role' })]);
  });
});
