import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHonorariaError } from '../../../src/errors/honoraria-error';
import type { MemoryStorageSnapshot } from '../../../src/storage/memory-storage';
import type { Actor } from '../../../src/workflow/actor';
import { TEST_SIN } from '../fixtures';
import { expectedNotifications, newAudit, newOutbox, queuedNotifications, stateChangeProblems } from './invariant-checks';
import type { ActorName, InvariantWorld } from './invariant-world';
import { ACTOR_NAMES, invariantWorld } from './invariant-world';

const actor = fc.constantFrom(...ACTOR_NAMES);
/** Mostly one of the actors who may do it, sometimes anyone (who should be refused). */
const mostly = (...names: ActorName[]) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: actor });
const who = fc.constantFrom('zoe' as const, 'omar' as const);
const pick = fc.nat({ max: 50 });

/** One random step: what to do, by whom, on which record (an index into the records made so far). */
const Step = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('submit' as const), actor: mostly('zoe', 'omar'), who, ownMandate: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), minutes: fc.integer({ min: 15, max: 240 }) }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('approve' as const), actor: mostly('lead', 'delegateZoe'), req: pick, withVersion: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('changes' as const), actor: mostly('lead', 'delegateZoe'), req: pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('reject' as const), actor: mostly('lead', 'delegateZoe'), req: pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('withdraw' as const), actor: mostly('zoe', 'omar'), req: pick }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constantFrom('forward' as const, 'process' as const, 'paid' as const), actor: mostly('admin', 'admin2'), req: pick }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('payFlow' as const), actors: fc.tuple(mostly('admin2'), mostly('admin2'), mostly('admin2', 'admin')), req: pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('reverse' as const), actor: mostly('admin', 'admin2'), req: pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('amend' as const), who, cap: fc.integer({ min: 10_000, max: 60_000 }), actors: fc.tuple(mostly('lead'), mostly('approver'), mostly('zoe', 'omar')) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('apply' as const), actor: mostly('alice', 'bob'), email: fc.boolean() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('appStep' as const),
      actor: mostly('director'),
      app: pick,
      op: fc.constantFrom(
        'schedulePhoneInterview',
        'recordPhoneInterview',
        'scheduleJointInterview',
        'recordJointInterview',
        'acceptApplication',
        'declineApplication',
        'withdrawApplication',
        'holdApplication',
        'resumeApplication',
        'registerVolunteer',
        'scheduleOrientation',
        'completeOrientation',
        'issueParkingPass',
      ),
    }),
  },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('read' as const), actor: mostly('zoe', 'omar', 'alice', 'bob'), what: fc.constantFrom('request', 'mandate', 'getMyFiles', 'history', 'application', 'applications', 'inbox'), target: pick, other: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('tick' as const), days: fc.integer({ min: 1, max: 12 }) }) },
);
type Step = typeof Step extends fc.Arbitrary<infer T> ? T : never;

/** One call of the service. */
interface Call {
  readonly name: string;
  readonly actor: Actor;
  readonly input: Record<string, unknown>;
}

const APPLICATION_INPUTS: Record<string, (id: string) => Record<string, unknown>> = {
  schedulePhoneInterview: (id) => ({ id, at: '2026-03-20T15:00:00Z' }),
  recordPhoneInterview: (id) => ({ id, outcome: 'favourable' }),
  scheduleJointInterview: (id) => ({ id, at: '2026-03-27T15:00:00Z' }),
  recordJointInterview: (id) => ({ id, documents: { resume: 1, photo_id: 2 } }),
  acceptApplication: (id) => ({ id }),
  declineApplication: (id) => ({ id, reason: 'Autre profil recherché' }),
  withdrawApplication: (id) => ({ id }),
  holdApplication: (id) => ({ id, reason: 'Absence' }),
  resumeApplication: (id) => ({ id }),
  registerVolunteer: (id) => ({ id }),
  scheduleOrientation: (id) => ({ id, at: '2026-04-20T22:00:00Z' }),
  completeOrientation: (id) => ({ id, email: 'nouveau@example.org' }),
};

/** The state of a run: the records made so far, to aim steps at. */
interface Run {
  readonly w: InvariantWorld;
  readonly requests: string[];
  readonly applications: string[];
  readonly amendments: string[];
}

/** How each call ended, across all runs: `name:ok` or `name:<error code>`. */
const outcomes = new Map<string, number>();
const count = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);

const at = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

/** The states a step usually aims at. */
const STATES_FOR = {
  changes: ['under_review'],
  reject: ['under_review'],
  withdraw: ['draft', 'submitted', 'under_review', 'changes_requested'],
  forward: ['approved'],
  process: ['forwarded_to_admin'],
  paid: ['processing'],
  reverse: ['paid'],
} as const;

/** A request in one of some states (any request when none is), picked by index. */
async function requestIn(run: Run, n: number, states: readonly string[]): Promise<string | undefined> {
  const matching: string[] = [];
  for (const id of run.requests) {
    const status = (await run.w.storage.get('payment_requests', id))?.index.status;
    if (status != null && states.includes(status)) matching.push(id);
  }
  return at(matching.length > 0 ? matching : run.requests, n);
}

/** The mandate a partner submits under: their own, or (to be refused) the other partner's. */
function mandateFor(run: Run, actorName: ActorName, who: 'zoe' | 'omar', own: boolean): string {
  const mine = actorName === 'zoe' || actorName === 'omar' ? actorName : who;
  const other = mine === 'zoe' ? 'omar' : 'zoe';
  return run.w.mandates[own ? mine : other];
}

async function versionOf(run: Run, collection: string, id: string): Promise<number | undefined> {
  return (await run.w.storage.get(collection, id))?.version;
}

/** Runs one call, checks the invariants of a single call around it, and returns its result (or `undefined` when refused). */
async function call(run: Run, c: Call): Promise<unknown> {
  const { storage } = run.w;
  const before = storage.snapshot();
  let result: unknown;
  let failed = false;
  try {
    result = await run.w.service.execute(c.name, c.actor, c.input);
  } catch (error) {
    if (!isHonorariaError(error)) throw error;
    failed = true;
    count(`${c.name}:${error.code}`);
  }
  if (!failed) count(`${c.name}:ok`);
  const after = storage.snapshot();
  if (failed) {
    // A refused call writes nothing at all and queues nothing.
    expect(after).toEqual(before);
    return undefined;
  }
  checkCall(run, c, before, after);
  return result;
}

function checkCall(run: Run, c: Call, before: MemoryStorageSnapshot, after: MemoryStorageSnapshot): void {
  const context = `${c.name} by ${c.actor.id}`;
  // Every state change has exactly one audit event.
  expect(stateChangeProblems(before, after), context).toEqual([]);
  // The outbox holds exactly the notifications the changes call for, without personal data.
  const events = newAudit(before, after);
  const queued = newOutbox(before, after);
  expect(queuedNotifications(queued), context).toEqual(expectedNotifications(after, events));
  for (const n of queued) expect(`${n.subject}\n${n.text}`).not.toMatch(new RegExp(`${TEST_SIN}|1234567`));
  // No payee approves or administers their own payment.
  for (const e of events) {
    if (!/^payment_request\.(approve|request_changes|reject|forward|start_processing|mark_paid|payment_failed|retry_payment|reverse)$/.test(e.action)) continue;
    const request = after.records.find((r) => r.collection === 'payment_requests' && r.id === e.subjectId)?.data as { entity: { partnerId: string } } | undefined;
    expect(run.w.partnerOfUser.get(e.actor.id), `${e.action} by ${e.actor.id}`).not.toBe(request?.entity.partnerId);
  }
  // The paid (and approved) total of a mandate never exceeds its budget, as amended.
  for (const m of after.records.filter((r) => r.collection === 'mandates')) {
    const mandate = (m.data as { entity: { id: string; budgetCapCents: number; totals: { paidCents: number; approvedCents: number } } }).entity;
    const requests = after.records
      .filter((r) => r.collection === 'payment_requests' && r.index.parentId === mandate.id)
      .map((r) => (r.data as { entity: { status: string; quote?: { totalCents: number } } }).entity);
    const sum = (states: readonly string[]) => requests.filter((q) => states.includes(q.status)).reduce((s, q) => s + (q.quote?.totalCents ?? 0), 0);
    expect(sum(['paid']), `paid on ${mandate.id}`).toBeLessThanOrEqual(mandate.budgetCapCents);
    expect(sum(['approved', 'forwarded_to_admin', 'processing', 'payment_failed', 'paid'])).toBeLessThanOrEqual(mandate.budgetCapCents);
    expect(mandate.totals.paidCents).toBe(sum(['paid']));
  }
}

/** What a partner or an applicant may never see: the other partner's or applicant's identifiers. */
function forbiddenFor(run: Run, a: Actor): string[] {
  const { w } = run;
  if (a.id === w.actors.zoe.id) return [w.omar, 'omar@example.org', 'Omar Haddad'];
  if (a.id === w.actors.omar.id) return [w.zoe, 'zoe@example.org', 'Zoé Tremblay'];
  if (a.id === w.actors.alice.id) return ['applicant_bob', 'Bob Gagné'];
  if (a.id === w.actors.bob.id) return ['applicant_alice', 'Alice Martin'];
  return [];
}

async function play(run: Run, step: Step): Promise<void> {
  const { w } = run;
  const a = (name: ActorName) => w.actors[name];
  switch (step.t) {
    case 'submit': {
      const created = (await call(run, {
        name: 'createPaymentRequest',
        actor: a(step.actor),
        input: { mandateId: mandateFor(run, step.actor, step.who, step.ownMandate), entries: [{ id: 'ent_1', date: w.today() > '2026-12-31' ? '2026-12-31' : w.today(), category: 'meeting', minutes: step.minutes }] },
      })) as { paymentRequest: { id: string }; version: number } | undefined;
      if (created === undefined) return;
      run.requests.push(created.paymentRequest.id);
      await call(run, { name: 'submitPaymentRequest', actor: a(step.actor), input: { id: created.paymentRequest.id, attest: true, expectedVersion: created.version } });
      return;
    }
    case 'approve': {
      const id = await requestIn(run, step.req, ['under_review']);
      if (id === undefined) return;
      const expectedVersion = step.withVersion ? await versionOf(run, 'payment_requests', id) : undefined;
      await call(run, { name: 'approvePaymentRequest', actor: a(step.actor), input: { id, ...(expectedVersion === undefined ? {} : { expectedVersion }) } });
      return;
    }
    case 'changes':
    case 'reject':
    case 'withdraw':
    case 'forward':
    case 'process':
    case 'paid':
    case 'reverse': {
      const id = await requestIn(run, step.req, STATES_FOR[step.t]);
      if (id === undefined) return;
      const calls: Record<typeof step.t, Call> = {
        changes: { name: 'requestPaymentRequestChanges', actor: a(step.actor), input: { id, comment: 'Précisez la date.' } },
        reject: { name: 'rejectPaymentRequest', actor: a(step.actor), input: { id, reason: 'Hors mandat' } },
        withdraw: { name: 'withdrawPaymentRequest', actor: a(step.actor), input: { id } },
        forward: { name: 'forwardPaymentRequest', actor: a(step.actor), input: { id } },
        process: { name: 'startPaymentProcessing', actor: a(step.actor), input: { id } },
        paid: { name: 'markPaymentRequestPaid', actor: a(step.actor), input: { id, reference: 'EFT-1' } },
        reverse: { name: 'reversePayment', actor: a(step.actor), input: { id, reason: 'Erreur de montant' } },
      };
      await call(run, calls[step.t]);
      return;
    }
    case 'payFlow': {
      const id = await requestIn(run, step.req, ['approved']);
      if (id === undefined) return;
      await call(run, { name: 'forwardPaymentRequest', actor: a(step.actors[0]), input: { id } });
      await call(run, { name: 'startPaymentProcessing', actor: a(step.actors[1]), input: { id } });
      await call(run, { name: 'markPaymentRequestPaid', actor: a(step.actors[2]), input: { id, reference: 'EFT-2' } });
      return;
    }
    case 'amend': {
      const proposed = (await call(run, {
        name: 'proposeAmendment',
        actor: a(step.actors[0]),
        input: { mandateId: w.mandates[step.who], changes: { budgetCapCents: step.cap }, reason: 'Plus de rencontres' },
      })) as { amendment: { id: string } } | undefined;
      const id = proposed?.amendment.id ?? at(run.amendments, step.cap);
      if (id === undefined) return;
      if (proposed !== undefined) run.amendments.push(id);
      await call(run, { name: 'approveAmendment', actor: a(step.actors[1]), input: { id } });
      await call(run, { name: 'acceptAmendment', actor: a(step.actors[2]), input: { id } });
      return;
    }
    case 'apply': {
      const name = step.actor === 'bob' ? 'Bob Gagné' : 'Alice Martin';
      const r = (await call(run, {
        name: 'submitApplication',
        actor: a(step.actor),
        input: { applicant: { name, ...(step.email ? { email: `${step.actor}@example.org` } : {}) }, answers: { care_last_24_months: '2025-10-01', wants_to_contribute: true } },
      })) as { application: { id: string } } | undefined;
      if (r !== undefined) run.applications.push(r.application.id);
      return;
    }
    case 'appStep': {
      const id = at(run.applications, step.app);
      if (id === undefined) return;
      if (step.op === 'issueParkingPass') {
        const app = await w.storage.get<{ entity: { partnerId?: string } }>('applications', id);
        const partnerId = app?.data.entity.partnerId ?? w.zoe;
        await call(run, { name: 'issueParkingPass', actor: a(step.actor), input: { partnerId, activityId: `act_${step.app % 3}`, validOn: w.today() } });
        return;
      }
      await call(run, { name: step.op, actor: a(step.actor), input: APPLICATION_INPUTS[step.op]!(id) });
      return;
    }
    case 'read': {
      const reader = a(step.actor);
      const target = step.other ? (step.actor === 'zoe' ? w.omar : w.zoe) : (reader.partnerId ?? w.zoe);
      const calls: Record<typeof step.what, Call | undefined> = {
        request: at(run.requests, step.target) === undefined ? undefined : { name: 'getPaymentRequest', actor: reader, input: { id: at(run.requests, step.target) } },
        mandate: { name: 'getMandate', actor: reader, input: { id: step.target % 2 === 0 ? w.mandates.zoe : w.mandates.omar } },
        getMyFiles: { name: 'getMyFiles', actor: reader, input: { partnerId: target } },
        history: at(run.requests, step.target) === undefined ? undefined : { name: 'getHistory', actor: reader, input: { subjectType: 'payment_request', subjectId: at(run.requests, step.target) } },
        application: at(run.applications, step.target) === undefined ? undefined : { name: 'getApplication', actor: reader, input: { id: at(run.applications, step.target) } },
        applications: { name: 'listApplications', actor: reader, input: {} },
        inbox: { name: 'listApproverInbox', actor: reader, input: {} },
      };
      const c = calls[step.what];
      if (c === undefined) return;
      const result = await call(run, c);
      if (result === undefined) return;
      // No actor reads another partner's (or applicant's) data.
      const json = JSON.stringify(result);
      for (const secret of forbiddenFor(run, reader)) expect(json, `${c.name} by ${reader.id}`).not.toContain(secret);
      if (reader.roles.every((r) => r === 'partner' || r === 'applicant')) expect(json).not.toContain(TEST_SIN.slice(0, 5));
      return;
    }
    case 'tick': {
      w.clock.advance(step.days * 86_400_000);
      const before = w.storage.snapshot();
      const report = await w.service.runDue();
      expect(report.failures).toEqual([]);
      checkCall(run, { name: 'runDue', actor: { id: 'system', roles: ['system'] }, input: {} }, before, w.storage.snapshot());
      return;
    }
  }
}

describe('random command sequences by random actors (property)', () => {
  it('never break an invariant: segregation of duties, budget, one audit event per state change, exact outbox, no cross-partner reads', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(Step, { minLength: 10, maxLength: 40, size: 'max' }), async (steps) => {
        const w = await invariantWorld();
        const run: Run = { w, requests: [], applications: [], amendments: [] };
        for (const step of steps) await play(run, step);
        // The whole audit log verifies, chain by chain, up to each record's head.
        expect(await w.service.as(w.actors.admin2).verifyAuditLog({})).toMatchObject({ valid: true, problems: [] });
        // Each outbox entry was sent once, and only once.
        const outbox = w.storage.snapshot().records.filter((r) => r.collection === 'outbox');
        expect(w.notifier.sent.map((n) => n.id).sort()).toEqual(outbox.map((r) => r.id).sort());
      }),
      { numRuns: 40 },
    );
    // The runs reached the places that matter: approvals made and refused, payments forwarded, applications received.
    for (const reached of ['approvePaymentRequest:ok', 'approvePaymentRequest:forbidden', 'forwardPaymentRequest:ok', 'submitApplication:ok', 'proposeAmendment:ok']) {
      expect(outcomes.get(reached) ?? 0, reached).toBeGreaterThan(0);
    }
  }, 300_000);
});
