import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/time/calendar-date';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import { actors, createWorld, framework } from '../fixtures';
import { eligibleForm } from '../applications/application-helpers';
import { seedMandate, seedPaymentRequest } from './seed-records';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-02T14:00:00Z');

/** A record with deadlines, described by day offsets from T0. */
const Seed = fc.oneof(
  fc.record({ kind: fc.constant('offer' as const), expiresIn: fc.integer({ min: 1, max: 60 }), startIn: fc.integer({ min: 1, max: 60 }), length: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ kind: fc.constant('accepted' as const), startIn: fc.integer({ min: 1, max: 60 }), length: fc.integer({ min: 0, max: 40 }), withActivity: fc.boolean() }),
  fc.record({ kind: fc.constant('review' as const), startedIn: fc.integer({ min: 0, max: 30 }) }),
  fc.record({ kind: fc.constant('application' as const), receivedIn: fc.integer({ min: 0, max: 30 }) }),
);

async function build(seeds: readonly (typeof Seed extends fc.Arbitrary<infer T> ? T : never)[]) {
  const storage = createMemoryStorage();
  const w = createWorld({ storage });
  let n = 0;
  for (const s of seeds) {
    const id = `r${++n}`;
    const day = (offset: number) => addDays('2026-03-02', offset);
    if (s.kind === 'offer') {
      await seedMandate(storage, framework, { id: `mnd_${id}`, stage: 'sent_to_partner', startDate: day(s.startIn), endDate: day(s.startIn + s.length), sentAt: new Date(T0).toISOString(), offerExpiresAt: new Date(T0 + s.expiresIn * DAY).toISOString() });
    } else if (s.kind === 'accepted') {
      await seedMandate(storage, framework, { id: `mnd_${id}`, stage: 'accepted', startDate: day(s.startIn), endDate: day(s.startIn + s.length), sentAt: new Date(T0 - DAY).toISOString(), acceptedAt: new Date(T0).toISOString() });
      if (s.withActivity) await seedPaymentRequest(storage, framework, { id: `prq_act_${id}`, mandateId: `mnd_${id}`, stage: 'draft', reviewStartedAt: new Date(T0).toISOString() });
    } else if (s.kind === 'review') {
      await seedPaymentRequest(storage, framework, { id: `prq_${id}`, mandateId: 'mnd_x', stage: 'under_review', reviewStartedAt: new Date(T0 + s.startedIn * DAY).toISOString() });
    } else {
      w.clock.set(new Date(T0 + s.receivedIn * DAY));
      await w.service.as(actors.applicant(id)).submitApplication(eligibleForm);
    }
  }
  return { ...w, storage };
}

describe('runDue: property', () => {
  it('fires each deadline exactly once, however the runs are spaced, and a repeated run changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(Seed, { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 120 * 24 }), { maxLength: 6 }),
        async (seeds, hours) => {
          const end = new Date(T0 + 130 * DAY);
          const stepped = await build(seeds);
          const once = await build(seeds);
          const steppedFired: string[] = [];
          for (const h of [...hours].sort((a, b) => a - b)) {
            const r = await stepped.service.runDue(new Date(T0 + h * 3_600_000));
            expect(r.failures).toEqual([]);
            steppedFired.push(...r.fired.map((f) => `${f.id}:${f.kind}`));
          }
          const last = await stepped.service.runDue(end);
          steppedFired.push(...last.fired.map((f) => `${f.id}:${f.kind}`));
          const single = await once.service.runDue(end);
          expect(single.failures).toEqual([]);
          const singleFired = single.fired.map((f) => `${f.id}:${f.kind}`);
          expect([...steppedFired].sort()).toEqual([...singleFired].sort());
          expect(new Set(singleFired).size).toBe(singleFired.length);
          // By then every record has passed at least one deadline.
          expect(singleFired.length).toBeGreaterThanOrEqual(seeds.length);
          const statuses = async (w: typeof stepped) => w.storage.snapshot().records.filter((r) => r.collection !== 'outbox').map((r) => [r.id, r.index.status, r.index.dueAt]);
          expect(await statuses(stepped)).toEqual(await statuses(once));
          const before = stepped.storage.snapshot();
          expect((await stepped.service.runDue(end)).fired).toEqual([]);
          expect(stepped.storage.snapshot()).toEqual(before);
        },
      ),
      { numRuns: 40 },
    );
  });
});
