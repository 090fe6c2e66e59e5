import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/machines/apply-event';
import type { MachineEventType, MachineKind, MachineStatus } from '../../src/machines/machine-registry';
import { MACHINE_EVENTS, MACHINE_STATES } from '../../src/machines/machine-registry';
import { expectRefusal, SAMPLE_EVENTS, snapshotIn } from './fixtures';

/** A transition table: for each state, the events it accepts and the state each leads to. */
export type TransitionTable<K extends MachineKind> = {
  readonly [S in MachineStatus<K>]: Partial<Readonly<Record<MachineEventType<K>, MachineStatus<K>>>>;
};

/**
 * Checks every state × every event of a machine against an explicit table: an event in the
 * table leads to its state; every other event is refused with `invalid_transition` and the
 * details `{ machine, from, event }` (no guard reason: the state does not accept it).
 */
export function describeTransitionTable<K extends MachineKind>(kind: K, table: TransitionTable<K>): void {
  describe(`${kind}: every state × every event`, () => {
    it('covers exactly the machine’s states', () => {
      expect(Object.keys(table).sort()).toEqual([...MACHINE_STATES[kind]].sort());
    });

    for (const from of MACHINE_STATES[kind]) {
      describe(from, () => {
        for (const type of MACHINE_EVENTS[kind]) {
          const row = table[from] as Partial<Record<string, string>>;
          const to = row[type];
          const event = SAMPLE_EVENTS[kind][type];
          if (to === undefined) {
            it(`${type} is refused`, () => {
              expectRefusal(() => applyEvent(kind, snapshotIn(kind, from), event), { machine: kind, from, event: type });
            });
          } else {
            it(`${type} → ${to}`, () => {
              expect(applyEvent(kind, snapshotIn(kind, from), event).status).toBe(to);
            });
          }
        }
      });
    }
  });
}
