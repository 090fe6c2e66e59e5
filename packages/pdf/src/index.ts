// @honoraria/pdf: the document engine. Documents are lists of blocks per language; the engine
// lays them out, embeds a Unicode font subset, seals the body with its SHA-256 and verifies it.

// --- rendering ---
export { PRODUCER, renderDocument } from './render/render-document';
export type { DocumentContent, DocumentLang, RenderedPdf, RenderOptions } from './render/render-document';

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

// --- constants ---
/** The media type of every rendered document. */
export const PDF_CONTENT_TYPE = 'application/pdf';
