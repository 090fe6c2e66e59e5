// A workflow service on memory storage for the composites' browser tests: the core workflow
// fixtures (framework, staff, a partner with an active mandate), driven through the service.
import type { HonorariaClient } from '@honoraria/core';
import { actors, createWorld, mandateAt, registerTestPartner } from '../../../../core/test/workflow/fixtures';
import type { TestWorld } from '../../../../core/test/workflow/fixtures';

/** A world with one partner and one active mandate. */
export interface PartnerWorld {
  readonly world: TestWorld;
  readonly partnerId: string;
  readonly mandateId: string;
  /** The partner's client (`service.as(partner)`). */
  readonly client: HonorariaClient;
}

/** Creates a service on memory storage with a partner (French) and an active mandate (meetings and preparation, $400 cap). */
export async function partnerWorld(options: { readonly lang?: 'fr' | 'en' } = {}): Promise<PartnerWorld> {
  const world = createWorld();
  const partnerId = await registerTestPartner(world, { lang: options.lang ?? 'fr' });
  const { id: mandateId } = await mandateAt(world, partnerId, 'active');
  return { world, partnerId, mandateId, client: world.service.as(actors.partner(partnerId)) };
}

export { actors };

/** Sets a control's value as if typed and fires the events a person's edit fires. */
export function fill(el: Element | null | undefined, value: unknown): void {
  if (el === null || el === undefined) throw new Error('no such control');
  (el as unknown as { value: unknown }).value = value;
  el.dispatchEvent(new CustomEvent('hon-input', { bubbles: true, composed: true }));
  el.dispatchEvent(new CustomEvent('hon-change', { bubbles: true, composed: true }));
}
