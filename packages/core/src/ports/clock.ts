/** Where Honoraria reads the time. Inject a fixed clock in tests and simulations. */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that always answers the same instant, and can be moved by hand in tests. */
export interface FixedClock extends Clock {
  /** Moves the clock to an instant. */
  set(instant: Date | string): void;
  /** Moves the clock forward by a number of milliseconds. */
  advance(ms: number): void;
}

/** Creates a {@link FixedClock} starting at an instant. */
export function fixedClock(start: Date | string): FixedClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (instant) => {
      t = new Date(instant).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}
