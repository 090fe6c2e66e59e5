import { describe, expect, it } from 'vitest';
import { HonorariaError } from '../../src/errors/honoraria-error';
import { fixedClock } from '../../src/ports/clock';
import { sequentialIds } from '../../src/ports/id-generator';
import type { Notifier, OutgoingNotification } from '../../src/ports/notifier';
import { createMemoryStorage } from '../../src/storage/memory-storage';
import { createOutboxDispatcher } from '../../src/workflow/outbox-dispatcher';
import type { OutboxEntry } from '../../src/workflow/outbox-entry';
import { runCommand } from '../../src/workflow/run-command';

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
    const dispatcher = createOutboxDispatcher({ ...env, notifier });
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
    const dispatcher = createOutboxDispatcher({ ...env, notifier, maxAttempts: 2, backoff: () => 1000 });
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
