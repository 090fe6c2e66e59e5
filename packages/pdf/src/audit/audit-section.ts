// The audit page: who did what and when, the document's fingerprint, and how to check it.

import type { AuditActor } from '@honoraria/core/storage';
import type { Lang, LocalizedText } from '@honoraria/core';
import { HonorariaError } from '@honoraria/core';
import { textIn } from '../branding/branding';
import { engineText } from '../i18n/engine-text';
import type { Block } from '../layout/blocks';
import type { SealBlock } from '../layout/layout-document';
import type { PageLang } from '../layout/page';

/** An audit event as the audit page shows it; a stored `AuditRecord` fits as it is. */
export interface AuditEvent {
  /** ISO 8601 instant. */
  readonly at: string;
  readonly actor: AuditActor;
  /** What happened, such as `mandate.accepted`. */
  readonly action: string;
  readonly fromState?: string | null;
  readonly toState?: string | null;
}

/** The audit trail of a document and how to word it. */
export interface AuditTrail {
  /** The events, oldest first. */
  readonly events: readonly AuditEvent[];
  /** How to name a person, also the one an approver acted for (default: the id). Return a name, never personal numbers. */
  readonly describeActor?: (actor: AuditActor, lang: Lang) => string;
  /** How to word an action (default: the action code). */
  readonly describeAction?: (action: string, lang: Lang) => string;
  /** How to word a state (default: the state code). */
  readonly describeState?: (state: string, lang: Lang) => string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** An instant as `2026-03-14 10:05 UTC-04:00` in a time zone: the same in both languages, unambiguous. */
export function formatInstant(instant: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  const offset = (parts.timeZoneName ?? 'GMT').replace('GMT', '');
  const zone = `UTC${offset === '' ? '+00:00' : offset}`;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${zone}`;
}

/** Words a value through a describer in a page's language (both languages joined on a bilingual page). */
function described<T>(value: T, lang: PageLang, describe: ((value: T, lang: Lang) => string) | undefined, fallback: string): string {
  if (describe === undefined) return fallback;
  return textIn({ fr: describe(value, 'fr'), en: describe(value, 'en') } satisfies LocalizedText, lang);
}

/** Checks the events before anything is drawn. */
export function checkAuditTrail(trail: AuditTrail): void {
  const issues = trail.events.flatMap((event, i) =>
    typeof event.at === 'string' && Number.isFinite(Date.parse(event.at))
      ? []
      : [
          {
            path: ['audit', 'events', i, 'at'],
            code: 'invalid_date',
            message: { fr: 'La date de l’événement n’est pas un instant ISO 8601.', en: 'The event date is not an ISO 8601 instant.' },
          },
        ],
  );
  if (issues.length > 0) throw new HonorariaError('validation_failed', { issues });
}

/** What the audit page states about the document. */
export interface AuditContext {
  readonly lang: PageLang;
  readonly title: string;
  readonly reference: string | undefined;
  readonly producedAt: Date;
  readonly bodyPages: number;
  readonly timeZone: string;
}

/** The blocks of the audit section. */
export function auditSection(trail: AuditTrail, context: AuditContext): (Block | SealBlock)[] {
  const { lang } = context;
  const t = (key: Parameters<typeof engineText>[0], values?: Record<string, string | number>): string => engineText(key, lang, values);
  const fields = [
    { label: t('document'), value: context.title },
    ...(context.reference === undefined ? [] : [{ label: t('reference'), value: context.reference }]),
    { label: t('producedAt'), value: formatInstant(context.producedAt, context.timeZone) },
    { label: t('bodyPages'), value: String(context.bodyPages) },
  ];
  const rows = trail.events.map((event) => {
    const actor = described(event.actor, lang, trail.describeActor, event.actor.id);
    const replaced = event.actor.actingFor;
    const actingFor = replaced == null ? '' : ` (${t('actingFor', { name: described({ id: replaced }, lang, trail.describeActor, replaced) })})`;
    const state = (s: string | null | undefined): string => (s == null ? '—' : described(s, lang, trail.describeState, s));
    const transition = event.fromState == null && event.toState == null ? '—' : `${state(event.fromState)} → ${state(event.toState)}`;
    return [
      formatInstant(new Date(event.at), context.timeZone),
      actor + actingFor,
      described(event.action, lang, trail.describeAction, event.action),
      transition,
    ];
  });
  return [
    { type: 'heading', level: 1, text: t('auditTitle') },
    { type: 'fields', fields },
    { type: 'seal', label: t('sealLabel') },
    { type: 'paragraph', size: 'small', tone: 'muted', text: t('sealNote') },
    { type: 'heading', level: 2, text: t('events') },
    {
      type: 'table',
      columns: [
        { header: t('at'), width: 1.75 },
        { header: t('actor'), width: 1.4 },
        { header: t('action'), width: 1.45 },
        { header: t('state'), width: 1.4 },
      ],
      rows,
      empty: t('noEvents'),
    },
  ];
}
