import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { ActivityCategory } from '../../src/schemas/activity-category';
import { AgreementAcceptance } from '../../src/schemas/agreement-acceptance';
import { Application } from '../../src/schemas/application';
import { Approval } from '../../src/schemas/approval';
import { AuditEvent } from '../../src/schemas/audit-event';
import { CompensationPreference } from '../../src/schemas/compensation-preference';
import { Delegation } from '../../src/schemas/delegation';
import { DocumentRef } from '../../src/schemas/document-ref';
import { EligibilityCriterion } from '../../src/schemas/eligibility-criterion';
import { Expense } from '../../src/schemas/expense';
import { Interview } from '../../src/schemas/interview';
import { Mandate } from '../../src/schemas/mandate';
import { MandateAmendment } from '../../src/schemas/mandate-amendment';
import { MasterAgreement } from '../../src/schemas/master-agreement';
import { Notification } from '../../src/schemas/notification';
import { Organization } from '../../src/schemas/organization';
import { ParkingPass } from '../../src/schemas/parking-pass';
import { Partner } from '../../src/schemas/partner';
import { PaymentProfile } from '../../src/schemas/payment-profile';
import { PaymentRequest } from '../../src/schemas/payment-request';
import { Payout } from '../../src/schemas/payout';
import { PolicyVersion } from '../../src/schemas/policy-version';
import { Project } from '../../src/schemas/project';
import { RateRule } from '../../src/schemas/rate-rule';
import { RateSchedule } from '../../src/schemas/rate-schedule';
import { RecognitionItem } from '../../src/schemas/recognition-item';
import { TaxProfile } from '../../src/schemas/tax-profile';
import { TaxSlip } from '../../src/schemas/tax-slip';
import { TaxYearLedger } from '../../src/schemas/tax-year-ledger';
import { TimeEntry } from '../../src/schemas/time-entry';
import { samples } from './samples';

const schemas: Record<keyof typeof samples, z.ZodType> = {
  Organization,
  PolicyVersion,
  Partner,
  TaxProfile,
  PaymentProfile,
  CompensationPreference,
  MasterAgreement,
  AgreementAcceptance,
  Project,
  ActivityCategory,
  RateRule,
  RateSchedule,
  Mandate,
  MandateAmendment,
  TimeEntry,
  Expense,
  PaymentRequest,
  Approval,
  Delegation,
  Payout,
  RecognitionItem,
  ParkingPass,
  Application,
  EligibilityCriterion,
  Interview,
  TaxYearLedger,
  TaxSlip,
  AuditEvent,
  Notification,
  DocumentRef,
};

describe('entity schemas', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    const sample = samples[name as keyof typeof samples];
    it(`${name}: parses a valid sample, and its output survives a JSON round trip`, () => {
      const parsed = schema.parse(sample);
      expect(schema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    });
    it(`${name}: rejects an empty object`, () => {
      expect(schema.safeParse({}).success).toBe(false);
    });
  }

  it('applies defaults', () => {
    expect(Organization.parse(samples.Organization).timeZone).toBe('America/Toronto');
    expect(Mandate.parse(samples.Mandate).totals).toEqual({ approvedCents: 0, pendingCents: 0, paidCents: 0, approvedMinutes: 0, pendingMinutes: 0 });
    expect(TimeEntry.parse(samples.TimeEntry).units).toBe(1);
    expect(CompensationPreference.parse(samples.CompensationPreference)).toMatchObject({ capOverflow: 'carry_over', preferredForm: 'cash' });
  });

  it('refuses money and time that are not whole numbers', () => {
    expect(TimeEntry.safeParse({ ...samples.TimeEntry, minutes: 90.5 }).success).toBe(false);
    expect(TimeEntry.safeParse({ ...samples.TimeEntry, minutes: -1 }).success).toBe(false);
    expect(Payout.safeParse({ ...samples.Payout, amountCents: 50.25 }).success).toBe(false);
  });

  it('refuses an approved mandate without its rate snapshot, and an end before the start', () => {
    expect(Mandate.safeParse({ ...samples.Mandate, status: 'active' }).success).toBe(false);
    expect(Mandate.safeParse({ ...samples.Mandate, endDate: '2026-02-01' }).success).toBe(false);
  });

  it('refuses a scope topic both included and excluded', () => {
    const bad = { ...samples.PolicyVersion, scope: { included: ['compensation'], excluded: ['compensation'] } };
    expect(PolicyVersion.safeParse(bad).success).toBe(false);
  });

  it('checks expenses by type, adjusted decisions, caps and delegations', () => {
    expect(Expense.safeParse({ id: 'x', date: '2026-03-01', type: 'parking' }).success).toBe(false);
    expect(Expense.safeParse({ id: 'x', date: '2026-03-01', type: 'allowance' }).success).toBe(false);
    expect(CompensationPreference.safeParse({ partnerId: 'p', mode: 'cap', declaredAt: '2026-01-01T00:00:00Z' }).success).toBe(false);
    const decision = samples.PaymentRequest.decisions[0];
    expect(PaymentRequest.safeParse({ ...samples.PaymentRequest, decisions: [{ ...decision, adjustedMinutes: undefined }] }).success).toBe(false);
    expect(Delegation.safeParse({ ...samples.Delegation, toUserId: 'u1' }).success).toBe(false);
  });

  it('rule fields apply to their units only', () => {
    expect(RateRule.safeParse({ ...samples.RateRule, maxUnitsPerDay: 2 }).success).toBe(false);
    expect(RateRule.safeParse({ ...samples.RateRule, unit: 'activity', maxMinutesPerDay: 60 }).success).toBe(false);
    expect(RateSchedule.safeParse({ ...samples.RateSchedule, rules: [samples.RateRule, samples.RateRule] }).success).toBe(false);
  });
});
