import { describe, expect, it } from 'vitest';
import { HonorariaError } from '../../src/errors/honoraria-error';
import { fixedClock } from '../../src/ports/clock';
import { sequentialIds } from '../../src/ports/id-generator';
import type { Notifier, OutgoingNotification } from '../../src/ports/notifier';
import { createMemoryStorage } from '../../src/storage/memory-storage';
import { createOutboxDispatcher } from '../../src/workflow/outbox-dispatcher';
import type { OutboxEntry } from '../../src/workflow/outbox-entry';
import { runCommand } from '../../src/workflow/run-command';
import type { StorageAdapter, StorageTransaction } from '../../src/ports/storage-adapter';
import { staticDirectory } from '../../src/ports/user-directory';
import { createHonoraria } from '../../src/workflow/create-honoraria';
import { actors, createWorld, ensureTestProject, framework, mandateTerms, staff } from './fixtures';

/** A notifier that records what it was given and can be switched off, like a mail server that is down. */
function recordingNotifier() {
  const sent: OutgoingNotification[] = [];
  let failure: HonorariaError | null = null;
  const notifier: Notifier & { sent: typeof sent; fail(e: HonorariaError | null): void } = {
    sent,
    fail: (e) => {
      failure = e;
    },
    async send(n) {
      if (failure) throw failure;
      sent.push(n);
      return { providerId: `p-${n.id}` };
    },
  };
  return notifier;
}

async function queue(env: { storage: ReturnType<typeof createMemoryStorage>; clock: ReturnType<typeof fixedClock>; ids: ReturnType<typeof sequentialIds> }, n: number) {
  for (let i = 0; i < n; i++) {
    await runCommand(env, { name: 'q', actor: { id: 'u', roles: ['admin'] }, input: { i } }, (scope) =>
      scope.notify({ template: 't', lang: i % 2 ? 'en' : 'fr', to: { email: `p${i}@example.org` }, subject: `s${i}`, text: 'x', links: [], subjectRef: { type: 'thing', id: `th_${i}` } }),
    );
  }
}

describe('createOutboxDispatcher', () => {
  it('sends every pending entry once, oldest first, and marks it sent', async () => {
    const env = { storage: createMemoryStorage(), clock: fixedClock('2026-03-02T14:00:00Z'), ids: sequentialIds() };
    await queue(env, 3);
    const notifier = recordingNotifier();
    const dispatcher = createOutboxDispatcher({ ...env, notifier });
    expect(await dispatcher.dispatch()).toEqual({ sent: 3, retried: 0, dead: 0, skipped: 0 });
    expect(notifier.sent.map((n) => n.subject)).toEqual(['s0', 's1', 's2']);
    expect(await dispatcher.dispatch()).toEqual({ sent: 0, retried: 0, dead: 0, skipped: 0 });
    const stored = (await env.storage.list<OutboxEntry>('outbox')).items.map((r) => r.data);
    expect(stored.every((e) => e.status === 'sent' && e.providerId === `p-${e.id}` && e.attempts === 1)).toBe(true);
  });

  it('keeps entries while the notifier fails, retries with backoff, then delivers once without duplicates', async () => {
    const env = { storage: createMemoryStorage(), clock: fixedClock('2026-03-02T14:00:00Z'), ids: sequentialIds() };
    await queue(env, 2);
    const notifier = recordingNotifier();
    notifier.fail(new HonorariaError('notifier_failure'));
    const dispatcher = createOutboxDispatcher({ ...env, notifier, jitter: 0 });
    expect(await dispatcher.dispatch()).toMatchObject({ sent: 0, retried: 2 });
    // Not due yet: backoff is 30 s after the first failure.
    env.clock.advance(10_000);
    expect(await dispatcher.dispatch()).toMatchObject({ sent: 0, retried: 0 });
    notifier.fail(null);
    env.clock.advance(25_000);
    expect(await dispatcher.dispatch()).toMatchObject({ sent: 2 });
    expect(notifier.sent).toHaveLength(2);
    const entries = (await env.storage.list<OutboxEntry>('outbox')).items.map((r) => r.data);
    expect(entries.map((e) => [e.status, e.attempts, e.lastErrorCode])).toEqual([
      ['sent', 2, null],
      ['sent', 2, null],
    ]);
  });

  it('marks an entry dead after the last attempt, or at once on a permanent refusal', async () => {
    const env = { storage: createMemoryStorage(), clock: fixedClock('2026-03-02T14:00:00Z'), ids: sequentialIds() };
    await queue(env, 1);
    const notifier = recordingNotifier();
    notifier.fail(new HonorariaError('notifier_failure'));
    const dispatcher = createOutboxDispatcher({ ...env, notifier, maxAttempts: 2, backoff: () => 1000, jitter: 0 });
    expect(await dispatcher.dispatch()).toMatchObject({ retried: 1 });
    env.clock.advance(1000);
    expect(await dispatcher.dispatch()).toMatchObject({ dead: 1 });
    env.clock.advance(3_600_000);
    expect(await dispatcher.dispatch()).toMatchObject({ sent: 0, retried: 0, dead: 0 });

    await queue(env, 1);
    notifier.fail(new HonorariaError('notifier_failure', { details: { permanent: true } }));
    expect(await dispatcher.dispatch()).toMatchObject({ dead: 1 });
  });

  it('never sends an entry twice when two dispatchers run at once', async () => {
    const env = { storage: createMemoryStorage(), clock: fixedClock('2026-03-02T14:00:00Z'), ids: sequentialIds() };
    await queue(env, 10);
    const notifier = recordingNotifier();
    const a = createOutboxDispatcher({ ...env, notifier });
    const b = createOutboxDispatcher({ ...env, notifier });
    const [ra, rb] = await Promise.all([a.dispatch(), b.dispatch()]);
    expect(ra.sent + rb.sent).toBe(10);
    expect(new Set(notifier.sent.map((n) => n.id)).size).toBe(10);
    expect(notifier.sent).toHaveLength(10);
  });

  it('retries an entry whose dispatcher crashed mid-send once its lease ends', async () => {
    const env = { storage: createMemoryStorage(), clock: fixedClock('2026-03-02T14:00:00Z'), ids: sequentialIds() };
    await queue(env, 1);
    const hanging: Notifier = { send: () => new Promise(() => undefined) };
    void createOutboxDispatcher({ ...env, notifier: hanging, leaseMs: 60_000 }).dispatch();
    await new Promise((r) => setTimeout(r, 10));
    const notifier = recordingNotifier();
    const dispatcher = createOutboxDispatcher({ ...env, notifier, leaseMs: 60_000 });
    expect(await dispatcher.dispatch()).toMatchObject({ sent: 0 });
    env.clock.advance(60_000);
    expect(await dispatcher.dispatch()).toMatchObject({ sent: 1 });
  });
});

/** A storage whose writes of a `sent` outbox entry fail `failures` times (a database hiccup right after a send). */
function failingSentWrites(storage: ReturnType<typeof createMemoryStorage>, failures: number): StorageAdapter & { failed: number } {
  const wrapped = Object.create(storage) as StorageAdapter & { failed: number };
  wrapped.failed = 0;
  wrapped.transaction = (work) =>
    storage.transaction((tx) => {
      const proxy = Object.create(tx) as StorageTransaction;
      proxy.put = async (input) => {
        if ((input.data as { status?: string } | null)?.status === 'sent' && wrapped.failed < failures) {
          wrapped.failed += 1;
          throw new HonorariaError('storage_failure');
        }
        return tx.put(input);
      };
      return work(proxy);
    });
  return wrapped;
}

describe('the outbox through long outages and storage failures', () => {
  const HOUR = 3_600_000;

  it('an outage of 5 hours (fake clock) loses nothing: retried with backoff, then delivered once', async () => {
    const env = { storage: createMemoryStorage(), clock: fixedClock('2026-03-02T14:00:00Z'), ids: sequentialIds() };
    await queue(env, 3);
    const notifier = recordingNotifier();
    notifier.fail(new HonorariaError('notifier_failure'));
    const dispatcher = createOutboxDispatcher({ ...env, notifier, random: () => 0.5 });
    let attempts = 0;
    for (let minute = 0; minute < 5 * 60; minute += 5) {
      const report = await dispatcher.dispatch();
      expect(report.dead).toBe(0);
      attempts += report.retried;
      env.clock.advance(5 * 60_000);
    }
    // Backoff doubles from 30 s up to 1 h: about 12 attempts each in 5 h, not one a minute.
    expect(attempts / 3).toBeGreaterThanOrEqual(8);
    expect(attempts / 3).toBeLessThanOrEqual(14);
    notifier.fail(null);
    env.clock.advance(HOUR);
    expect(await dispatcher.dispatch()).toMatchObject({ sent: 3, dead: 0 });
    expect(notifier.sent).toHaveLength(3);
    expect(await dispatcher.dispatch()).toMatchObject({ sent: 0 });
  });

  it('gives up only past the retry horizon (72 hours by default), with a last attempt on the horizon itself', async () => {
    const env = { storage: createMemoryStorage(), clock: fixedClock('2026-03-02T14:00:00Z'), ids: sequentialIds() };
    await queue(env, 1);
    const notifier = recordingNotifier();
    notifier.fail(new HonorariaError('notifier_failure'));
    const dispatcher = createOutboxDispatcher({ ...env, notifier });
    const created = env.clock.now().getTime();
    let dead = 0;
    while (dead === 0) {
      const report = await dispatcher.dispatch();
      dead = report.dead;
      const [entry] = (await env.storage.list<OutboxEntry>('outbox')).items.map((r) => r.data);
      if (dead === 0) expect(Date.parse(entry?.nextAttemptAt ?? '')).toBeLessThanOrEqual(created + 72 * HOUR);
      env.clock.advance(10 * 60_000);
    }
    expect(env.clock.now().getTime() - created).toBeGreaterThan(72 * HOUR);
    expect(env.clock.now().getTime() - created).toBeLessThanOrEqual(72 * HOUR + 20 * 60_000);
    const [entry] = (await env.storage.list<OutboxEntry>('outbox')).items.map((r) => r.data);
    expect(entry).toMatchObject({ status: 'dead', lastErrorCode: 'notifier_failure', nextAttemptAt: null });
  });

  it('spreads each wait by the jitter, so dispatchers do not retry in step', async () => {
    const waits: number[] = [];
    for (const r of [0, 0.5, 0.999]) {
      const env = { storage: createMemoryStorage(), clock: fixedClock('2026-03-02T14:00:00Z'), ids: sequentialIds() };
      await queue(env, 1);
      const notifier = recordingNotifier();
      notifier.fail(new HonorariaError('notifier_failure'));
      await createOutboxDispatcher({ ...env, notifier, random: () => r, backoff: () => 60_000, jitter: 0.2 }).dispatch();
      const [entry] = (await env.storage.list<OutboxEntry>('outbox')).items.map((x) => x.data);
      waits.push(Date.parse(entry?.nextAttemptAt ?? '') - env.clock.now().getTime());
    }
    expect(waits[0]).toBe(48_000);
    expect(waits[1]).toBe(60_000);
    expect(waits[2]).toBeGreaterThan(71_000);
    expect(waits[2]).toBeLessThanOrEqual(72_000);
  });

  it('records "sent" in its own retried step: a storage failure right after a send never sends it again', async () => {
    const base = createMemoryStorage();
    const env = { storage: base, clock: fixedClock('2026-03-02T14:00:00Z'), ids: sequentialIds() };
    await queue(env, 2);
    const storage = failingSentWrites(base, 3);
    const notifier = recordingNotifier();
    const dispatcher = createOutboxDispatcher({ storage, clock: env.clock, notifier, sleep: async () => undefined });
    expect(await dispatcher.dispatch()).toMatchObject({ sent: 2, retried: 0, dead: 0 });
    expect(storage.failed).toBe(3);
    expect(notifier.sent).toHaveLength(2);
    const entries = (await base.list<OutboxEntry>('outbox')).items.map((r) => r.data);
    expect(entries.map((e) => [e.status, e.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
    ]);
    env.clock.advance(HOUR);
    expect(await dispatcher.dispatch()).toMatchObject({ sent: 0 });
    expect(notifier.sent).toHaveLength(2);
  });
});

describe('commands never wait for the notifier', () => {
  it('returns at once while the mail server hangs; the dispatcher beside the service sends once it answers', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sent: string[] = [];
    const slow: Notifier = {
      async send(n) {
        await gate;
        sent.push(n.id);
        return {};
      },
    };
    const world = createWorld({});
    const service = createHonoraria({ framework, storage: world.storage, clock: world.clock, ids: sequentialIds(), notifier: slow, portalUrl: 'https://portail.example.org', directory: staticDirectory(staff) });
    const secretariat = service.as(actors.secretariat);
    const started = Date.now();
    const partner = await secretariat.registerPartner({ name: 'Zoé Tremblay', email: 'zoe@example.org', lang: 'fr', roles: ['patient'] });
    const lead = service.as(actors.lead);
    await ensureTestProject(world.storage);
    const { mandate, version } = await lead.createMandate(mandateTerms(partner.partner.id) as Parameters<typeof lead.createMandate>[0]);
    await lead.submitMandate({ id: mandate.id, expectedVersion: version }); // notifies the approver
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(sent).toEqual([]);
    release();
    await service.idle();
    const outbox = (await world.storage.list<OutboxEntry>('outbox')).items.map((r) => r.data);
    expect(outbox.length).toBeGreaterThan(0);
    expect(outbox.every((e) => e.status === 'sent')).toBe(true);
    expect(sent).toHaveLength(outbox.length);
  });

  it('startOutboxDispatcher sends on its interval and stops cleanly', async () => {
    const world = createWorld({});
    const notifier = world.notifier;
    const service = createHonoraria({ framework, storage: world.storage, clock: world.clock, ids: sequentialIds(), notifier, portalUrl: 'https://portail.example.org', directory: staticDirectory(staff), autoDispatch: false });
    const partner = await service.as(actors.secretariat).registerPartner({ name: 'Zoé Tremblay', email: 'zoe@example.org', lang: 'fr', roles: ['patient'] });
    const lead = service.as(actors.lead);
    await ensureTestProject(world.storage);
    const { mandate, version } = await lead.createMandate(mandateTerms(partner.partner.id) as Parameters<typeof lead.createMandate>[0]);
    await lead.submitMandate({ id: mandate.id, expectedVersion: version });
    const queued = (await world.storage.list<OutboxEntry>('outbox')).items.length;
    expect(queued).toBeGreaterThan(0);
    expect(notifier.sent).toHaveLength(0);
    const handle = service.startOutboxDispatcher({ intervalMs: 20 });
    await new Promise((r) => setTimeout(r, 100));
    await handle.stop();
    expect(notifier.sent).toHaveLength(queued);
  });
});
