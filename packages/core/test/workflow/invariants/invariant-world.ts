// The world of the cross-cutting invariant tests: two partners with an active mandate each
// ($200 caps, driven through the commands), the lead's delegate for payment requests, and actors
// among whom some staff are also payees.
import { dateOf } from '../../../src/time/time-zone';
import type { MemoryStorage } from '../../../src/storage/memory-storage';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import type { Actor } from '../../../src/workflow/actor';
import type { TestWorld } from '../fixtures';
import { actors, createWorld, mandateAt, registerTestPartner } from '../fixtures';

/** A world for invariant tests, its partners and mandates. */
export interface InvariantWorld extends TestWorld {
  readonly storage: MemoryStorage;
  readonly zoe: string;
  readonly omar: string;
  readonly mandates: { readonly zoe: string; readonly omar: string };
  readonly actors: Readonly<Record<ActorName, Actor>>;
  /** The partner each user is, when they are one: the payees among staff. */
  readonly partnerOfUser: ReadonlyMap<string, string>;
  /** Today in the organization's time zone, by the world's clock. */
  today(): string;
}

/** The actors of the invariant tests, by name. */
export const ACTOR_NAMES = ['lead', 'approver', 'delegateZoe', 'admin', 'admin2', 'director', 'zoe', 'omar', 'alice', 'bob'] as const;
/** An actor's name. */
export type ActorName = (typeof ACTOR_NAMES)[number];

/** Builds the world through the service (partners registered, mandates approved, sent and accepted). */
export async function invariantWorld(storage: MemoryStorage = createMemoryStorage()): Promise<InvariantWorld> {
  const world = createWorld({ storage });
  const zoe = await registerTestPartner(world, { name: 'Zoé Tremblay', email: 'zoe@example.org' });
  const omar = await registerTestPartner(world, { name: 'Omar Haddad', email: 'omar@example.org', lang: 'en' });
  const mZoe = await mandateAt(world, zoe, 'active', { budgetCapCents: 20_000 });
  const mOmar = await mandateAt(world, omar, 'active', { budgetCapCents: 20_000 });
  await world.service.as(actors.lead).createDelegation({ toUserId: 'u_delegate', from: '2026-03-01', to: '2027-12-31', subjects: ['payment_request'], reason: 'Congé' });
  const cast: Record<ActorName, Actor> = {
    lead: actors.lead,
    approver: actors.approver,
    // The lead's delegate is also partner Zoé: she may decide on Omar's requests, never on her own.
    delegateZoe: { id: 'u_delegate', roles: ['approver'], partnerId: zoe },
    // The administration's clerk is also partner Omar: never administers his own payments.
    admin: { id: 'u_admin', roles: ['admin'], partnerId: omar },
    admin2: { id: 'u_admin2', roles: ['admin'] },
    director: actors.director,
    zoe: actors.partner(zoe),
    omar: actors.partner(omar),
    alice: actors.applicant('alice'),
    bob: actors.applicant('bob'),
  };
  const partnerOfUser = new Map([
    [cast.zoe.id, zoe],
    [cast.omar.id, omar],
    ['u_delegate', zoe],
    ['u_admin', omar],
  ]);
  return {
    ...world,
    storage,
    zoe,
    omar,
    mandates: { zoe: mZoe.id, omar: mOmar.id },
    actors: cast,
    partnerOfUser,
    today: () => dateOf(world.clock.now().getTime(), world.service.framework.timeZone),
  };
}
