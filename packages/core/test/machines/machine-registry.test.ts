import { describe, expect, it } from 'vitest';
import { AgreementEvent } from '../../src/machines/agreement-schemas';
import { AmendmentEvent } from '../../src/machines/amendment-schemas';
import { ApplicationEvent } from '../../src/machines/application-schemas';
import { MandateEvent } from '../../src/machines/mandate-schemas';
import { PaymentRequestEvent } from '../../src/machines/payment-request-schemas';
import { TaxSlipEvent } from '../../src/machines/tax-slip-schemas';
import {
  definitionOf,
  MACHINE_EVENTS,
  MACHINE_KINDS,
  MACHINE_LABELS,
  MACHINE_STATES,
  MACHINE_TERMINAL_STATES,
} from '../../src/machines/machine-registry';
import { AgreementStatus, AmendmentStatus, ApplicationStatus, MandateStatus, PaymentRequestStatus, TaxSlipStatus } from '../../src/schemas/status';

const STATUS_ENUMS = {
  mandate: MandateStatus,
  amendment: AmendmentStatus,
  agreement: AgreementStatus,
  payment_request: PaymentRequestStatus,
  application: ApplicationStatus,
  tax_slip: TaxSlipStatus,
};

const EVENT_SCHEMAS = {
  mandate: MandateEvent,
  amendment: AmendmentEvent,
  agreement: AgreementEvent,
  payment_request: PaymentRequestEvent,
  application: ApplicationEvent,
  tax_slip: TaxSlipEvent,
};

describe.each(MACHINE_KINDS)('%s machine definition', (kind) => {
  const { machine, refusals } = definitionOf(kind);
  const nodes = machine.root.states;

  it('has exactly the states of schemas/status.ts, and no others', () => {
    expect(MACHINE_STATES[kind]).toEqual(STATUS_ENUMS[kind].options);
    expect(Object.keys(nodes).sort()).toEqual([...STATUS_ENUMS[kind].options].sort());
  });

  it('marks exactly its terminal states final, and gives them no transition', () => {
    const finals = Object.entries(nodes).filter(([, node]) => node.type === 'final').map(([name]) => name);
    expect(finals.sort()).toEqual([...MACHINE_TERMINAL_STATES[kind]].sort());
    for (const status of MACHINE_TERMINAL_STATES[kind]) expect(Object.keys(nodes[status]?.on ?? {})).toEqual([]);
  });

  it('lists every event of its event schema, once', () => {
    const types = EVENT_SCHEMAS[kind].options.map((option) => option.shape.type.value);
    expect([...MACHINE_EVENTS[kind]].sort()).toEqual([...types].sort());
    expect(new Set(MACHINE_EVENTS[kind]).size).toBe(MACHINE_EVENTS[kind].length);
  });

  it('uses every event in at least one state, and only listed events', () => {
    const used = new Set(Object.values(nodes).flatMap((node) => Object.keys(node.on)));
    expect([...used].sort()).toEqual([...MACHINE_EVENTS[kind]].sort());
  });

  it('explains every guard an event transition uses', () => {
    for (const node of Object.values(nodes)) {
      for (const transitions of Object.values(node.on)) {
        for (const transition of transitions) {
          const guard: unknown = transition.guard;
          if (guard === undefined) continue;
          const name = typeof guard === 'string' ? guard : (guard as { type: string }).type;
          expect(refusals, `guard ${name}`).toHaveProperty(name);
        }
      }
    }
  });

  it('names every state and event in French and English', () => {
    const labels = MACHINE_LABELS[kind];
    expect(labels.subject.fr).not.toBe('');
    expect(labels.subject.en).not.toBe('');
    const states = labels.states as Record<string, { fr: string; en: string }>;
    const events = labels.events as Record<string, { fr: string; en: string }>;
    expect(Object.keys(states).sort()).toEqual([...MACHINE_STATES[kind]].sort());
    expect(Object.keys(events).sort()).toEqual([...MACHINE_EVENTS[kind]].sort());
    for (const text of [...Object.values(states), ...Object.values(events)]) {
      expect(text.fr.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
  });
});
