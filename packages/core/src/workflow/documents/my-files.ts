import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import type { Page, StorageReader, StoredRecord } from '../../ports/storage-adapter';
import type { AgreementAcceptance } from '../../schemas/agreement-acceptance';
import { Id, Year } from '../../schemas/common';
import type { DocumentRef } from '../../schemas/document-ref';
import type { Mandate } from '../../schemas/mandate';
import type { PaymentRequest } from '../../schemas/payment-request';
import { yearOf } from '../../time/time-zone';
import { listAcceptances } from '../agreements/agreement-store';
import { requirePartnerOrRole, requireRole } from '../authorization';
import { listLedgerEntries } from '../ledger-entry';
import { visibleToPartner } from '../mandates/mandate-access';
import type { MandateRecord, MandateResult } from '../mandates/mandate-store';
import { MANDATES_COLLECTION, mandateSnapshot } from '../mandates/mandate-store';
import { defineQuery } from '../operation';
import { findPartner } from '../partners/partner-store';
import type { StoredEntity } from '../stored-entity';
import { auditTrail } from './audit-trail';
import { DOCUMENT_STAFF_ROLES } from './get-document';
import { listPartnerDocuments } from './file-document';
import { translate } from '../../i18n/messages';
import { workflowMessages } from '../../i18n/messages/workflow';

/** The storage collection of payment requests (written by the payment-request operations). */
const PAYMENT_REQUESTS = 'payment_requests';

/** One status change of a payment request, from its audit trail. */
export interface StatusChange {
  readonly at: string;
  readonly action: string;
  readonly fromState: string | null;
  readonly toState: string | null;
}

/** A payment request as My Files shows it: what, how much, where it stands and how it got there. */
export interface MyFilesPaymentRequest {
  readonly id: string;
  readonly mandateId: string;
  readonly status: string;
  readonly period: { readonly from: string; readonly to: string };
  /** The current quote's total (after the approver's adjustments), once submitted. */
  readonly totalCents: number | null;
  readonly currency: string | null;
  readonly submittedAt: string | null;
  readonly paidAt: string | null;
  readonly history: readonly StatusChange[];
}

/** What a partner was paid in a tax year (organization's time zone), from the tax ledger. */
export interface YearToDate {
  readonly year: number;
  readonly currency: string;
  /** Compensation (cash and gift cards at face value) and taxable allowances, net of reversals. */
  readonly taxableCents: number;
  /** Reimbursed expenses, net of reversals. */
  readonly nonTaxableCents: number;
  readonly totalCents: number;
  /** Payments recorded in the year (reversals not counted). */
  readonly payments: number;
}

/** A partner's My Files. */
export interface MyFiles {
  readonly partner: { readonly id: string; readonly name: string; readonly lang: string };
  readonly mandates: {
    /** Offers waiting for the partner's answer. */
    readonly offers: readonly MandateResult[];
    /** Accepted and active mandates. */
    readonly active: readonly MandateResult[];
    /** Completed, cancelled, expired, declined and lapsed ones. */
    readonly past: readonly MandateResult[];
  };
  readonly agreements: readonly AgreementAcceptance[];
  readonly documents: readonly DocumentRef[];
  readonly paymentRequests: readonly MyFilesPaymentRequest[];
  readonly yearToDate: YearToDate;
}

async function listAll<T>(reader: Pick<StorageReader, 'list'>, collection: string, partnerId: string): Promise<StoredRecord<T>[]> {
  const out: StoredRecord<T>[] = [];
  for (let cursor: string | null = null; ; ) {
    const page: Page<StoredRecord<T>> = await reader.list<T>(collection, { where: { partnerId }, order: 'desc', limit: 1000, cursor });
    out.push(...page.items);
    if (page.nextCursor === null) return out;
    cursor = page.nextCursor;
  }
}

async function paymentRequestsOf(reader: Pick<StorageReader, 'list' | 'listAudit'>, partnerId: string): Promise<MyFilesPaymentRequest[]> {
  const records = await listAll<StoredEntity<PaymentRequest>>(reader, PAYMENT_REQUESTS, partnerId);
  const out: MyFilesPaymentRequest[] = [];
  for (const record of records) {
    const request = record.data.entity;
    const events = await auditTrail(reader, record.id);
    out.push({
      id: record.id,
      mandateId: request.mandateId,
      status: record.index.status ?? request.status,
      period: request.period,
      totalCents: request.quote?.totalCents ?? null,
      currency: request.quote?.currency ?? null,
      submittedAt: request.submittedAt ?? null,
      paidAt: request.paidAt ?? null,
      history: events.map((e) => ({ at: e.at, action: e.action, fromState: e.fromState ?? null, toState: e.toState ?? null })),
    });
  }
  return out;
}

/**
 * A partner's My Files: their mandates (offers, active, past — never internal drafts), their
 * master-agreement acceptances, the documents filed for them (with their SHA-256), their payment
 * requests with each status change, and what they were paid in the year to date (the tax
 * ledger, organization's time zone; `year` picks another year). For the partner themself
 * (`partnerId` defaults to theirs; another partner's is `not_found`) and for the secretariat,
 * the administration and finance.
 */
export const getMyFiles = defineQuery({ target: 'view', entity: 'document' }, z.object({ partnerId: Id.optional(), year: Year.optional() }).strict(), async (ctx, input): Promise<MyFiles> => {
  requireRole(ctx.actor, 'partner', ...DOCUMENT_STAFF_ROLES);
  const partnerId = input.partnerId ?? ctx.actor.partnerId ?? undefined;
  if (partnerId === undefined) {
    throw new HonorariaError('validation_failed', { issues: [{ path: ['partnerId'], code: 'required', message: translate(workflowMessages, 'partner_required') }] });
  }
  requirePartnerOrRole(ctx.actor, partnerId, ...DOCUMENT_STAFF_ROLES);
  const partner = await findPartner(ctx.storage, partnerId);
  if (partner === null) throw new HonorariaError('not_found', { details: { id: partnerId } });
  const mandates = (await listAll<StoredEntity<Mandate, 'mandate'>>(ctx.storage, MANDATES_COLLECTION, partnerId)) as MandateRecord[];
  const offers: MandateResult[] = [];
  const active: MandateResult[] = [];
  const past: MandateResult[] = [];
  for (const record of mandates) {
    const snapshot = mandateSnapshot(record);
    if (!visibleToPartner(snapshot)) continue;
    const item = { mandate: record.data.entity, version: record.version };
    if (snapshot.status === 'sent_to_partner') offers.push(item);
    else if (snapshot.status === 'accepted' || snapshot.status === 'active') active.push(item);
    else past.push(item);
  }
  const year = input.year ?? yearOf(ctx.clock.now().getTime(), ctx.framework.timeZone);
  const entries = await listLedgerEntries(ctx.storage, { year, partnerId });
  const taxableCents = entries.reduce((sum, e) => sum + e.taxableCents, 0);
  const nonTaxableCents = entries.reduce((sum, e) => sum + e.nonTaxableCents, 0);
  return {
    partner: { id: partner.data.entity.id, name: partner.data.entity.name, lang: partner.data.entity.lang },
    mandates: { offers, active, past },
    agreements: (await listAcceptances(ctx.storage, partnerId)).map((r) => r.data.entity),
    documents: await listPartnerDocuments(ctx.storage, partnerId),
    paymentRequests: await paymentRequestsOf(ctx.storage, partnerId),
    yearToDate: { year, currency: ctx.framework.currency, taxableCents, nonTaxableCents, totalCents: taxableCents + nonTaxableCents, payments: entries.filter((e) => e.kind === 'payment').length },
  };
});
