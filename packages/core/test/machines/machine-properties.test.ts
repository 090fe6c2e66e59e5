import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HonorariaError } from '../../src/errors/honoraria-error';
import { allowedEvents, applyEvent, isTerminalStatus } from '../../src/machines/apply-event';
import type { MachineEvent, MachineEventType, MachineKind } from '../../src/machines/machine-registry';
import { definitionOf, MACHINE_EVENTS, MACHINE_KINDS, MACHINE_STATES, MACHINE_TERMINAL_STATES, MACHINE_VERSIONS } from '../../src/machines/machine-registry';
import type { PersistedSnapshot } from '../../src/machines/persisted-snapshot';
import { initialSnapshot, restoreSnapshot } from '../../src/machines/persisted-snapshot';
import type { Step } from './arbitraries';
import { anyEvent, retime, steps } from './arbitraries';
import { snapshotIn } from './fixtures';

const INPUTS = {
  mandate: { startDate: '2026-02-01', endDate: '2026-03-31' },
  amendment: { mandateId: 'mandate-1', requestedAt: '2026-02-10T15:00:00Z' },
  agreement: { policyVersion: 'policy-2026-1', sentAt: '2026-01-06T15:00:00Z' },
  payment_request: { lines: [{ lineId: 'l1', target: 'entry', minutes: 90, amountCents: null }] },
  application: { receivedAt: '2026-03-01T15:00:00Z', requiredDocuments: ['resume', 'photo_id'] },
  tax_slip: { year: 2026 },
} as const;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function hasUndefined(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(hasUndefined);
}

/** Whether an event type can lead a state somewhere that is not final. */
function goesOn(kind: MachineKind, status: string, type: string): boolean {
  const transitions = definitionOf(kind).machine.root.states[status]?.on[type] ?? [];
  return transitions.some((t) => t.target === undefined || t.target.some((node) => node.type !== 'final'));
}

/** The event of a step, chosen as its mode says, at the step's instant. */
function eventOf<K extends MachineKind>(kind: K, current: PersistedSnapshot<K>, step: Step<K>, clockMs: number): MachineEvent<K> {
  const allowed = allowedEvents(kind, current);
  const onward = allowed.filter((type) => goesOn(kind, current.status, type));
  const eligible = step.mode === 'any' ? MACHINE_EVENTS[kind] : step.mode === 'onward' && onward.length > 0 ? onward : allowed;
  const types = eligible.length > 0 ? eligible : MACHINE_EVENTS[kind];
  const type = types[step.pick % types.length] as MachineEventType<K>;
  return retime(step.candidates[type], clockMs);
}

/** Applies the steps' events one by one, checking the invariants each time. */
function runChecked<K extends MachineKind>(kind: K, start: PersistedSnapshot<K>, sequence: readonly Step<K>[]): void {
  let current = start;
  let clockMs = Date.parse('2026-01-01T00:00:00Z');
  for (const step of sequence) {
    clockMs += step.advance;
    const event = eventOf(kind, current, step, clockMs);
    const before = structuredClone(current);
    const input = deepFreeze(structuredClone(current));
    let next: PersistedSnapshot<K> | undefined;
    try {
      next = applyEvent(kind, input, event);
    } catch (error) {
      // A refusal is always a typed invalid_transition naming the state and the event.
      expect(error).toBeInstanceOf(HonorariaError);
      expect((error as HonorariaError).code).toBe('invalid_transition');
      expect((error as HonorariaError).details).toMatchObject({ machine: kind, from: current.status, event: event.type });
    }
    // The input is never mutated (it is frozen: a mutation would also have thrown).
    expect(input).toStrictEqual(before);
    if (next === undefined) continue;
    // Terminal states absorb every event: nothing ever leaves one.
    expect(isTerminalStatus(kind, current.status)).toBe(false);
    // The result stays in the state enum, at the current version.
    expect(MACHINE_STATES[kind]).toContain(next.status);
    expect(next.machine).toBe(kind);
    expect(next.version).toBe(MACHINE_VERSIONS[kind]);
    // It is plain JSON: it round-trips and restores to an identical, valid snapshot.
    expect(hasUndefined(next)).toBe(false);
    const stored: unknown = JSON.parse(JSON.stringify(next));
    expect(restoreSnapshot(kind, stored)).toStrictEqual(next);
    // Applying the same event to the stored form gives the same result.
    expect(applyEvent(kind, JSON.parse(JSON.stringify(before)), event)).toStrictEqual(next);
    current = next;
  }
}

describe.each(MACHINE_KINDS)('%s: properties', (kind) => {
  it('random event sequences from the first state keep every invariant', () => {
    fc.assert(
      fc.property(steps(kind, 60), (sequence) => {
        runChecked(kind, initialSnapshot(kind, INPUTS[kind] as never), sequence);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('random event sequences from any state keep every invariant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MACHINE_STATES[kind]), steps(kind, 20), (status, sequence) => {
        runChecked(kind, snapshotIn(kind, status as never), sequence);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('terminal states refuse every event and list none', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MACHINE_TERMINAL_STATES[kind]), anyEvent(kind), (status, event) => {
        const snapshot = snapshotIn(kind, status as never);
        expect(allowedEvents(kind, snapshot)).toEqual([]);
        expect(() => applyEvent(kind, snapshot, event)).toThrow(HonorariaError);
      }),
      { numRuns: 100 },
    );
  });
});
