// The messages between the unique-key race test and its worker processes.

/** The commands raced: each must leave exactly one record behind, whoever wins. */
export type RaceScenario = 'generateTaxSlips' | 'proposeAmendment' | 'acceptAgreement';

/** The partner, mandate and tax year the races are about. */
export const RACE_PARTNER = 'ptn_zoe';
export const RACE_MANDATE = 'mnd_race';
export const RACE_YEAR = 2026;

/** Parent → worker. */
export type WorkerMessage = { readonly type: 'arm'; readonly schema: string; readonly scenario: RaceScenario } | { readonly type: 'go' } | { readonly type: 'exit' };

/** How a raced command ended. */
export interface RaceOutcome {
  readonly ok: boolean;
  readonly code?: string;
  readonly reason?: string;
}

/** Worker → parent. */
export type WorkerReply = { readonly type: 'ready' } | { readonly type: 'done'; readonly outcome: RaceOutcome };
