// The workflow's DocumentRenderer port, implemented with the PDF documents: the workflow asks for
// a mandate, a master agreement or a payment request when the partner accepts or is paid, and
// files the bytes (with their SHA-256) in the partner's My Files.

import type { AuditActor } from '@honoraria/core/storage';
import type { DocumentRenderer, DocumentRenderRequest, RenderedDocument, UserDirectory } from '@honoraria/core';
import { fixedClock, HonorariaError } from '@honoraria/core';
import type { DocumentBranding, DocumentOptions, DocumentPdf } from '../documents/document-options';
import { renderMandate } from '../documents/render-mandate';
import { renderMasterAgreement } from '../documents/render-master-agreement';
import { renderPaymentRequest } from '../documents/render-payment-request';
import type { FontFiles } from '../font/document-fonts';
import type { PageSize } from '../layout/theme';

/** Options of {@link createPdfRenderer}. */
export interface PdfRendererOptions {
  /** The institution's logo, colours and text on every document; its name defaults to the framework's organization. */
  readonly branding?: DocumentBranding;
  /**
   * Where staff names come from (the service's `directory`): the initiator, the approver and the
   * people of the audit page are named instead of shown by id. Looked up at each render.
   */
  readonly directory?: Pick<UserDirectory, 'find'>;
  /** `letter` (default) or `a4`. */
  readonly pageSize?: PageSize;
  /** The PDF `Creator`, such as your portal's name; `Honoraria` by default. */
  readonly creator?: string;
  /** Your own TrueType fonts for characters DejaVu Sans lacks (see `DocumentOptions.fonts`). */
  readonly fonts?: readonly FontFiles[];
}

/** The staff user ids a request mentions: its audit actors (and whom they acted for), the mandate's people, the line approvers. */
function userIds(request: DocumentRenderRequest): string[] {
  const ids = new Set<string>();
  const add = (actor: AuditActor): void => {
    if (!actor.roles?.includes('partner')) ids.add(actor.id);
    if (actor.actingFor != null) ids.add(actor.actingFor);
  };
  for (const event of request.audit) add(event.actor);
  if (request.kind === 'mandate' || request.kind === 'payment_request') {
    ids.add(request.mandate.initiatorUserId);
    ids.add(request.mandate.approverUserId);
  }
  if (request.kind === 'payment_request') for (const decision of request.request.decisions) ids.add(decision.decidedByUserId);
  ids.delete('system');
  return [...ids].sort();
}

async function namesOf(directory: PdfRendererOptions['directory'], request: DocumentRenderRequest): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  if (directory === undefined) return names;
  for (const id of userIds(request)) {
    const member = await directory.find(id);
    if (member !== null) names[id] = member.name;
  }
  return names;
}

function toRendered(pdf: DocumentPdf): RenderedDocument {
  return { bytes: pdf.bytes, contentType: pdf.contentType, fileName: pdf.fileName, title: pdf.title };
}

/**
 * The `DocumentRenderer` of `@honoraria/pdf`, for `createHonoraria({ documents })`: mandates,
 * master agreements and payment requests as PDF, in the request's language (or both), ending with
 * the audit page of the subject's events and the document's SHA-256. The same request and `now`
 * give the same bytes, so a retried command files the same file.
 *
 * @example
 * ```ts
 * const documents = createPdfRenderer({ branding: { logo, accentColor: '#0b6e4f' }, directory });
 * const service = createHonoraria({ framework, storage, documents, directory, ... });
 * ```
 */
export function createPdfRenderer(options: PdfRendererOptions = {}): DocumentRenderer {
  return {
    async render(request, { now }) {
      const documentOptions: DocumentOptions = {
        lang: request.lang,
        clock: fixedClock(now),
        names: await namesOf(options.directory, request),
        ...(options.branding === undefined ? {} : { branding: options.branding }),
        ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
        ...(options.creator === undefined ? {} : { creator: options.creator }),
        ...(options.fonts === undefined ? {} : { fonts: options.fonts }),
      };
      const { framework, partner, audit } = request;
      switch (request.kind) {
        case 'mandate':
          return toRendered(await renderMandate({ framework, partner, mandate: request.mandate, project: request.project, audit }, documentOptions));
        case 'master_agreement':
          return toRendered(await renderMasterAgreement({ framework, partner, agreement: request.agreement, acceptance: request.acceptance, audit }, documentOptions));
        case 'payment_request':
          return toRendered(await renderPaymentRequest({ framework, partner, mandate: request.mandate, request: request.request, audit }, documentOptions));
        default:
          throw new HonorariaError('validation_failed', {
            issues: [{ path: ['kind'], code: 'invalid_enum', message: { fr: 'Type de document inconnu.', en: 'Unknown document kind.' } }],
          });
      }
    },
  };
}
