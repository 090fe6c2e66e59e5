import type * as z from 'zod';
import { assertEvent, assign, setup } from 'xstate';
import type { TaxSlipStatus } from '../schemas/status';
import type { ParsedTaxSlipEvent, TaxSlipContext, TaxSlipInput } from './tax-slip-schemas';

/** The version of the tax slip machine's persisted snapshots. */
export const TAX_SLIP_MACHINE_VERSION = 1;

/** The event types of the tax slip machine. */
export const TAX_SLIP_EVENTS = ['GENERATE', 'ISSUE', 'AMEND', 'CANCEL'] as const satisfies readonly ParsedTaxSlipEvent['type'][];
/** An event type of the tax slip machine. */
export type TaxSlipEventType = (typeof TAX_SLIP_EVENTS)[number];

/** The final states of a tax slip. */
export const TAX_SLIP_TERMINAL_STATES = ['cancelled'] as const satisfies readonly TaxSlipStatus[];

/**
 * A tax slip (T4A, RL-1…) of one partner, payer and calendar year: pending → generated → issued →
 * amended (as often as needed) or cancelled.
 */
export const taxSlipMachine = setup({
  types: {} as { context: TaxSlipContext; events: ParsedTaxSlipEvent; input: z.output<typeof TaxSlipInput> },
  actions: {
    generate: assign(({ event }) => {
      assertEvent(event, 'GENERATE');
      return { amountCents: event.amountCents, generatedAt: event.now };
    }),
    issue: assign(({ event }) => ({ issuedAt: event.now })),
    amend: assign(({ context, event }) => {
      assertEvent(event, 'AMEND');
      return { amountCents: event.amountCents, amendedAt: event.now, amendments: context.amendments + 1, comment: event.reason };
    }),
    cancel: assign(({ event }) => {
      assertEvent(event, 'CANCEL');
      return { cancelledAt: event.now, comment: event.reason };
    }),
  },
}).createMachine({
  id: 'tax_slip',
  initial: 'pending',
  context: ({ input }) => ({
    year: input.year,
    amountCents: null,
    generatedAt: null,
    issuedAt: null,
    amendedAt: null,
    amendments: 0,
    cancelledAt: null,
    comment: null,
  }),
  states: {
    pending: {
      on: { GENERATE: { target: 'generated', actions: 'generate' }, CANCEL: { target: 'cancelled', actions: 'cancel' } },
    },
    generated: {
      on: {
        GENERATE: { actions: 'generate' },
        ISSUE: { target: 'issued', actions: 'issue' },
        CANCEL: { target: 'cancelled', actions: 'cancel' },
      },
    },
    issued: {
      on: { AMEND: { target: 'amended', actions: 'amend' }, CANCEL: { target: 'cancelled', actions: 'cancel' } },
    },
    amended: {
      on: { AMEND: { actions: 'amend' }, CANCEL: { target: 'cancelled', actions: 'cancel' } },
    },
    cancelled: { type: 'final' },
  },
});
