import type * as z from 'zod';
import { HonorariaError } from '../errors/honoraria-error';
import type { LooseMachineDefinition, Refusal } from './machine-definition';
import type { MachineKind } from './machine-registry';
import { validationError } from './validation-error';

/**
 * The `invalid_transition` error of an event a state does not accept, or that a guard refused:
 * `details` holds `machine`, `from` and `event` (and `reason` for a guard), the message says
 * which action is impossible and why, in French and English.
 */
export function invalidTransition(
  kind: MachineKind,
  definition: LooseMachineDefinition,
  from: string,
  eventType: string,
  refusal: Refusal | null,
): HonorariaError {
  const { subject, states, events } = definition.labels;
  const state = states[from] ?? { fr: from, en: from };
  const event = events[eventType] ?? { fr: eventType, en: eventType };
  const message = refusal?.message ?? {
    fr: `Action « ${event.fr} » impossible : ${subject.fr} est à l’état « ${state.fr} ».`,
    en: `Cannot “${event.en}”: ${subject.en} is “${state.en}”.`,
  };
  return new HonorariaError('invalid_transition', {
    message,
    details: { machine: kind, from, event: eventType, ...(refusal === null ? {} : { reason: refusal.reason }) },
  });
}

/** The `validation_failed` error of a persisted snapshot that cannot be read. */
export function invalidSnapshot(
  kind: MachineKind,
  definition: LooseMachineDefinition,
  reason: string,
  cause?: z.ZodError,
): HonorariaError {
  const { subject } = definition.labels;
  const what = {
    fr: `L’état enregistré de ${subject.fr} est illisible (${reason}).`,
    en: `The saved state of ${subject.en} cannot be read (${reason}).`,
  };
  const details = { machine: kind, reason };
  return cause === undefined
    ? new HonorariaError('validation_failed', { message: what, details })
    : validationError(cause, what, details, ['context']);
}

/** The `validation_failed` error of an event or an input that does not have the expected shape. */
export function invalidPayload(
  kind: MachineKind,
  definition: LooseMachineDefinition,
  what: 'event' | 'input',
  error: z.ZodError,
): HonorariaError {
  const { subject } = definition.labels;
  const message =
    what === 'event'
      ? { fr: `L’action demandée sur ${subject.fr} n’est pas valide.`, en: `The action requested on ${subject.en} is not valid.` }
      : { fr: `Les données pour créer ${subject.fr} ne sont pas valides.`, en: `The data to create ${subject.en} is not valid.` };
  return validationError(error, message, { machine: kind });
}
