import * as z from 'zod';
import { Instant, isTimeZone } from '../time/time-zone';

/**
 * The field schemas every machine's context and events share, on top of the core ones
 * (`Instant`, `IsoDate`, `TimeZone`, `Id`, `Minutes`, `NonNegativeCents`). Contexts hold only
 * JSON values (no `undefined`, no `Date`): an absent value is `null`, so a persisted snapshot
 * survives a JSON round trip unchanged.
 */

/** A short free text (a comment, a reason): trimmed, 1 to 2000 characters. */
export const Note = z.string().trim().min(1).max(2000);

/** A reference given by another system (a payment trace, a volunteer-service file number). */
export const ExternalRef = z.string().trim().min(1).max(200);

/** Every event carries the instant it happens at: the machines never read a clock. */
export const At = { now: Instant };

const knownZones = new Map<string, boolean>();

/** {@link isTimeZone}, remembered per name: asking `Intl` costs tens of microseconds. */
function isKnownTimeZone(name: string): boolean {
  let known = knownZones.get(name);
  if (known === undefined) {
    known = isTimeZone(name);
    if (knownZones.size < 1000) knownZones.set(name, known);
  }
  return known;
}

/**
 * An IANA time zone, such as `America/Toronto`: the core `TimeZone` check, remembered per name,
 * because every snapshot a machine reads carries one.
 */
export const ZoneName = z.string().min(1).refine(isKnownTimeZone, { params: { key: 'time_zone' } });
