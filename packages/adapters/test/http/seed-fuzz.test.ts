// Property: valid inputs of the seed flow, mutated at random (a field replaced by any JSON value,
// removed, or a field added), sent over HTTP to a service holding a real mandate and payment
// request, get either a success or a typed 4xx: never a 5xx, never anything for onError.
import type { Actor } from '@honoraria/core';
import { ERROR_CODES } from '@honoraria/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actors, createWorld, mandateAt, mandateTerms, registerTestPartner } from '../../../core/test/workflow/fixtures';
import type { TestServer } from './http-fixture';
import { send, startServer, tokenAuth } from './http-fixture';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const world = createWorld();
const auth = tokenAuth();
let server: TestServer;
/** Valid calls: who, which operation, what input. */
let calls: { readonly actor: Actor; readonly kind: 'commands' | 'queries'; readonly name: string; readonly input: Json }[] = [];

beforeAll(async () => {
  const partnerId = await registerTestPartner(world);
  const { id: mandateId } = await mandateAt(world, partnerId, 'active');
  world.clock.set('2026-03-20T15:00:00Z');
  const partner = actors.partner(partnerId);
  const entries = [
    { id: 'ent_meeting', date: '2026-03-10', category: 'meeting', minutes: 90, units: 1 },
    { id: 'ent_prep', date: '2026-03-12', category: 'preparation', minutes: 50, units: 1 },
  ];
  const expenses = [{ id: 'exp_km', date: '2026-03-10', type: 'mileage' as const, km: 40, quantity: 1, receiptIds: [], preApproved: false }];
  const created = await world.service.as(partner).createPaymentRequest({ mandateId, entries, expenses });
  const submitted = await world.service.as(partner).submitPaymentRequest({ id: created.paymentRequest.id, attest: true, expectedVersion: created.version });
  const id = submitted.paymentRequest.id;
  calls = [
    { actor: actors.lead, kind: 'commands', name: 'createMandate', input: mandateTerms(partnerId) as Json },
    { actor: partner, kind: 'commands', name: 'createPaymentRequest', input: { mandateId, entries, expenses } },
    { actor: actors.lead, kind: 'commands', name: 'approvePaymentRequest', input: { id, decisions: [{ lineId: 'ent_meeting', decision: 'adjusted', adjustedMinutes: 60, comment: 'Une heure.' }] } },
    { actor: actors.lead, kind: 'commands', name: 'requestPaymentRequestChanges', input: { id, comment: 'Précisez la préparation.' } },
    { actor: actors.admin, kind: 'commands', name: 'markPaymentRequestPaid', input: { id, reference: 'EFT-0001' } },
    { actor: partner, kind: 'commands', name: 'acceptMandate', input: { mandateId, acceptAgreement: true } },
    { actor: actors.finance, kind: 'queries', name: 'getTaxSummary', input: { year: 2026 } },
    { actor: partner, kind: 'queries', name: 'getMyFiles', input: { year: 2026 } },
    { actor: actors.lead, kind: 'queries', name: 'listApproverInbox', input: { limit: 10 } },
    { actor: partner, kind: 'queries', name: 'getPaymentRequest', input: { id } },
  ];
  server = await startServer(world.service, { authenticate: (r) => auth.authenticate(r) });
});
afterAll(() => server.close());

/** Every path to a value inside a JSON value (the root included). */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

/** A copy of `value` with the node at `path` replaced (or removed when `replacement` is undefined). */
function mutate(value: Json, path: readonly (string | number)[], replacement: Json | undefined): Json | undefined {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const next = mutate(copy[head as number] as Json, rest, replacement);
    if (next === undefined) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const copy = { ...(value as Record<string, Json>) };
  const next = mutate(copy[head as string] as Json, rest, replacement);
  if (next === undefined) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}

const mutation = fc.record({
  call: fc.nat(),
  path: fc.nat(),
  kind: fc.constantFrom('replace', 'remove', 'add'),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(-1, 0, 1.5, 1e21, '', 'x'.repeat(5000), '2026-02-30', '9999-12-31', [], {}, null, true)),
  key: fc.string({ maxLength: 12 }),
});

describe('mutated valid inputs over HTTP', () => {
  it('get a success or a typed 4xx, never a 5xx', async () => {
    expect(calls.length).toBeGreaterThan(0);
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const call = calls[m.call % calls.length]!;
        const paths = pathsOf(call.input);
        const path = paths[m.path % paths.length]!;
        let input: Json | undefined;
        if (m.kind === 'add') input = mutate(call.input, [...path, m.key], m.value as Json);
        else input = mutate(call.input, path, m.kind === 'remove' ? undefined : (m.value as Json));
        const before = server.reported.length;
        const { status, body } = await send(`${server.url}/${call.kind}/${call.name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth.header(call.actor) },
          body: input === undefined ? '' : JSON.stringify(input),
        });
        const reported = server.reported.slice(before).map((r) => String(r.error));
        expect(reported, `${call.name} ${JSON.stringify(input)?.slice(0, 300)}`).toEqual([]);
        expect(status, `${call.name} → ${status} ${JSON.stringify(body?.error)}`).toBeLessThan(500);
        if (status !== 200) expect(Object.hasOwn(ERROR_CODES, body?.error?.code ?? '')).toBe(true);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }),
      { numRuns: Number(process.env.HONORARIA_FUZZ_RUNS ?? 300) },
    );
    // The mutations reach the business rules, not only the schemas: some still succeed.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(422) ?? 0).toBeGreaterThan(0);
  });
});
