// The activities an attestation of participation counts: time entries, whether a volunteer
// recorded them on their own or a paid partner claimed them in payment requests.

import type { IsoDate, LineDecision, PaymentRequest } from '@honoraria/core';
import { isApprovedRequestStatus } from '@honoraria/core';

/** One activity of an attestation (a `TimeEntry` or a `StoredTimeEntry` fits). */
export interface AttestedActivity {
  readonly date: IsoDate;
  /** An activity category code of the framework (its label is printed). */
  readonly category: string;
  /** Whole minutes. */
  readonly minutes: number;
  readonly description?: string | undefined;
  /** The mandate it was done under, to name it. */
  readonly mandateId?: string | undefined;
}

/**
 * The activities of approved payment requests, as an attestation counts them: each time entry
 * with the minutes the approver kept (an adjusted time replaces the recorded one, a rejected
 * line is left out). Requests that were not approved, or were withdrawn or reversed, count for
 * nothing. Amounts are not read: the attestation recognizes time, whatever was paid.
 */
export function attestedActivities(requests: readonly PaymentRequest[]): AttestedActivity[] {
  const out: AttestedActivity[] = [];
  for (const request of requests) {
    if (!isApprovedRequestStatus(request.status)) continue; // core says which states stand approved
    const decisions = new Map<string, LineDecision>(request.decisions.filter((d) => d.target === 'entry').map((d) => [d.lineId, d]));
    for (const entry of request.entries) {
      const decision = decisions.get(entry.id);
      if (decision?.decision === 'rejected') continue;
      const minutes = decision?.decision === 'adjusted' && decision.adjustedMinutes !== undefined ? decision.adjustedMinutes : entry.minutes;
      out.push({ date: entry.date, category: entry.category, minutes, description: entry.description, mandateId: request.mandateId });
    }
  }
  return out;
}
