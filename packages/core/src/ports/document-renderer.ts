import type { Framework } from '../framework/framework-config';
import type { LocalizedText } from '../i18n/lang';
import type { AgreementAcceptance } from '../schemas/agreement-acceptance';
import type { Mandate } from '../schemas/mandate';
import type { MasterAgreement } from '../schemas/master-agreement';
import type { Partner } from '../schemas/partner';
import type { PaymentRequest } from '../schemas/payment-request';
import type { Project } from '../schemas/project';
import type { AuditRecord } from './storage-adapter';

/** The language(s) of a document: one, or both (French first). */
export type DocumentLang = 'fr' | 'en' | 'both';

/** What every document request carries. */
interface DocumentRequestBase {
  readonly framework: Framework;
  readonly partner: Partner;
  readonly lang: DocumentLang;
  /** The audit events of the subject, for the audit page of mandates and agreements. */
  readonly audit: readonly AuditRecord[];
}

/** A mandate, rendered when the partner accepts it. */
export interface MandateDocumentRequest extends DocumentRequestBase {
  readonly kind: 'mandate';
  readonly mandate: Mandate;
  readonly project: Project | null;
}

/** The master agreement, rendered when the partner accepts it (with a first mandate). */
export interface MasterAgreementDocumentRequest extends DocumentRequestBase {
  readonly kind: 'master_agreement';
  readonly agreement: MasterAgreement;
  readonly acceptance: AgreementAcceptance;
}

/** A payment request, rendered when it is paid (the partner's record of it). */
export interface PaymentRequestDocumentRequest extends DocumentRequestBase {
  readonly kind: 'payment_request';
  readonly request: PaymentRequest;
  readonly mandate: Mandate;
}

/** A document the workflow asks a {@link DocumentRenderer} for. */
export type DocumentRenderRequest = MandateDocumentRequest | MasterAgreementDocumentRequest | PaymentRequestDocumentRequest;

/** A rendered document. */
export interface RenderedDocument {
  readonly bytes: Uint8Array;
  /** Such as `application/pdf`. */
  readonly contentType: string;
  /** A file name for downloads, such as `mandat-mnd_0001.pdf`. */
  readonly fileName: string;
  readonly title: LocalizedText;
}

/**
 * The document port: renders what the workflow files in a partner's My Files. `@honoraria/pdf`
 * implements it with PDF documents. Rendering must be deterministic for the same request and
 * `now`, so a retried command files the same bytes.
 */
export interface DocumentRenderer {
  render(request: DocumentRenderRequest, options: { readonly now: Date }): Promise<RenderedDocument>;
}
