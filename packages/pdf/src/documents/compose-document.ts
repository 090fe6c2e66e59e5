// What the six documents share: the words of each language, the institution's branding (its name
// from the framework by default), the contact line, the audit page worded for people, the file
// name, and the call to the engine.

import type { AuditActor } from '@honoraria/core/storage';
import type { Framework, Lang, LocalizedText } from '@honoraria/core';
import { MACHINE_LABELS } from '@honoraria/core/machines';
import type { AuditEvent, AuditTrail } from '../audit/audit-section';
import type { Branding } from '../branding/branding';
import type { Block } from '../layout/blocks';
import { renderDocument } from '../render/render-document';
import type { DocumentOptions, DocumentPdf } from './document-options';
import type { DocumentMessageKey } from './messages/document-messages';
import type { Words } from './words';
import { wordsFor } from './words';

/** The lifecycle whose states an audit page names. */
export type AuditedMachine = 'mandate' | 'agreement' | 'payment_request';

/** A document before rendering. */
export interface DocumentSpec {
  /** The key of the file name's stem (`mandate.fileName` gives `mandat-…pdf`). */
  readonly fileName: DocumentMessageKey;
  /** The subject's id, at the end of the file name. */
  readonly subjectId: string;
  readonly title: (words: Words) => string;
  readonly reference?: string;
  readonly body: (words: Words) => readonly Block[];
  /** The subject's audit events: the document ends with the audit page and the SHA-256 seal. */
  readonly audit?: { readonly events: readonly AuditEvent[]; readonly machine: AuditedMachine };
  /** The partner's name, for audit events of the partner. */
  readonly partnerName?: string;
}

/** The context every document renders in. */
export interface DocumentContext {
  readonly framework: Framework;
  readonly options: DocumentOptions;
}

/** The words of each language a document is rendered in, built once per render. */
export function wordsOf(context: DocumentContext): Readonly<Record<Lang, Words>> {
  const { framework, options } = context;
  const wording = options.branding?.wording;
  return { fr: wordsFor('fr', framework.timeZone, wording), en: wordsFor('en', framework.timeZone, wording) };
}

/** A user id as people read it: a name given in `names`, the partner's name for the partner, or the id with its role. */
export function personOf(actor: AuditActor, words: Words, context: DocumentContext, partnerName: string | undefined): string {
  const named = context.options.names?.[actor.id];
  if (named !== undefined) return named;
  if (actor.id === 'system') return words.t('common.actor.system');
  const roles = actor.roles ?? [];
  // Only the partner of the subject acts as a partner on it (the workflow authorizes no one else).
  if (partnerName !== undefined && roles.includes('partner')) return partnerName;
  const role = roles.map((r) => `staffRole.${r}`).find((key) => words.has(key));
  return role === undefined || !words.has(role) ? actor.id : words.t('common.actor.role', { id: actor.id, role: words.t(role) });
}

function auditTrailOf(spec: DocumentSpec, words: Readonly<Record<Lang, Words>>, context: DocumentContext): AuditTrail | undefined {
  if (spec.audit === undefined) return undefined;
  const states = MACHINE_LABELS[spec.audit.machine].states as Readonly<Record<string, LocalizedText | undefined>>;
  return {
    events: spec.audit.events,
    describeActor: (actor, lang) => personOf(actor, words[lang], context, spec.partnerName),
    describeAction: (action, lang) => {
      const key = `audit.action.${action}`;
      return words[lang].has(key) ? words[lang].t(key) : action;
    },
    describeState: (state, lang) => states[state]?.[lang] ?? state,
  };
}

function brandingOf(context: DocumentContext): Branding {
  const own = context.options.branding;
  return {
    institution: own?.institution ?? context.framework.organization.name,
    ...(own?.tagline === undefined ? {} : { tagline: own.tagline }),
    ...(own?.logo === undefined ? {} : { logo: own.logo }),
    ...(own?.accentColor === undefined ? {} : { accentColor: own.accentColor }),
  };
}

/** A file name's subject part: letters, digits, `_` and `-` only. */
function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 80) || 'document';
}

/** Renders a document: the contact line and body of each language, branding and, when asked, the audit page. */
export async function composeDocument(spec: DocumentSpec, context: DocumentContext): Promise<DocumentPdf> {
  const words = wordsOf(context);
  const { options } = context;
  const contact = options.branding?.contact;
  const title: LocalizedText = { fr: spec.title(words.fr), en: spec.title(words.en) };
  const audit = auditTrailOf(spec, words, context);
  const pdf = await renderDocument(
    {
      title,
      ...(spec.reference === undefined ? {} : { reference: spec.reference }),
      // The contact line opens each language's section, under the title, as on a letterhead.
      body: (lang) => [
        ...(contact === undefined ? [] : [{ type: 'paragraph', size: 'small', tone: 'muted', text: words[lang].text(contact) } as const]),
        ...spec.body(words[lang]),
      ],
    },
    {
      lang: options.lang,
      clock: options.clock,
      branding: brandingOf(context),
      timeZone: context.framework.timeZone,
      ...(audit === undefined ? {} : { audit }),
      ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
      ...(options.creator === undefined ? {} : { creator: options.creator }),
      ...(options.fonts === undefined ? {} : { fonts: options.fonts }),
    },
  );
  const named = words[options.lang === 'en' ? 'en' : 'fr'];
  return { ...pdf, fileName: `${named.t(spec.fileName)}-${safeId(spec.subjectId)}.pdf`, title };
}
