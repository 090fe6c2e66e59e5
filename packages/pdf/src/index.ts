// @honoraria/pdf: the six documents of the workflow and the engine under them. Documents are
// lists of blocks per language; the engine lays them out, embeds a Unicode font subset, seals the
// body with its SHA-256 and verifies it. `createPdfRenderer` is core's DocumentRenderer port.

// --- rendering ---
export { PRODUCER, renderDocument } from './render/render-document';
export type { DocumentContent, DocumentLang, RenderedPdf, RenderOptions } from './render/render-document';
export type { FontFiles } from './font/document-fonts';

// --- blocks ---
export type {
  Block,
  Field,
  FieldsBlock,
  HeadingBlock,
  ListBlock,
  NoticeBlock,
  PageBreakBlock,
  ParagraphBlock,
  RichText,
  SpacerBlock,
  TableBlock,
  TableCell,
  TableColumn,
  TableRow,
  TextRun,
} from './layout/blocks';
export type { PageSize } from './layout/theme';

// --- branding ---
export type { Branding } from './branding/branding';

// --- audit page ---
export { formatInstant } from './audit/audit-section';
export type { AuditEvent, AuditTrail } from './audit/audit-section';

// --- verification ---
export { verifyDocument } from './verify/verify-document';
export type { DocumentVerification, VerificationFailure, VerifyOptions } from './verify/verify-document';

// --- documents ---
export { renderMandate } from './documents/render-mandate';
export type { MandateDocumentInput } from './documents/render-mandate';
export { renderMasterAgreement } from './documents/render-master-agreement';
export type { MasterAgreementDocumentInput } from './documents/render-master-agreement';
export { renderPaymentRequest } from './documents/render-payment-request';
export type { PaymentRequestDocumentInput } from './documents/render-payment-request';
export { renderApplication } from './documents/render-application';
export type { ApplicationDocumentInput } from './documents/render-application';
export { renderAttestation } from './documents/render-attestation';
export type { AttestationDocumentInput } from './documents/render-attestation';
export { renderBatch } from './documents/render-batch';
export type { BatchItem, BatchOptions, BatchProgress } from './documents/render-batch';
export { attestedActivities } from './documents/attested-activities';
export type { AttestedActivity } from './documents/attested-activities';
export { renderAnnualStatement } from './documents/render-annual-statement';
export type { AnnualStatementInput } from './documents/render-annual-statement';
export type { DocumentBranding, DocumentOptions, DocumentPdf, DocumentWording, Signatory } from './documents/document-options';
export { documentMessages } from './documents/messages/document-messages';
export type { DocumentMessageKey } from './documents/messages/document-messages';

// --- DocumentRenderer port (the workflow's My Files) ---
export { createPdfRenderer } from './renderer/create-pdf-renderer';
export type { PdfRendererOptions } from './renderer/create-pdf-renderer';

// --- constants ---
/** The media type of every rendered document. */
export const PDF_CONTENT_TYPE = 'application/pdf';
