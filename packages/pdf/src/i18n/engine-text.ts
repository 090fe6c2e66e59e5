// The words the engine itself prints (page numbers, the audit page), in French and English.

import type { Lang, LocalizedText } from '@honoraria/core';
import type { PageLang } from '../layout/page';

/** Every engine string, French first. */
export const ENGINE_TEXT = {
  page: { fr: 'page {n} de {total}', en: 'page {n} of {total}' },
  auditTitle: { fr: 'Journal d’audit', en: 'Audit trail' },
  document: { fr: 'Document', en: 'Document' },
  reference: { fr: 'Référence', en: 'Reference' },
  producedAt: { fr: 'Produit le', en: 'Produced on' },
  bodyPages: { fr: 'Pages du document', en: 'Document pages' },
  events: { fr: 'Événements', en: 'Events' },
  at: { fr: 'Date et heure', en: 'Date and time' },
  actor: { fr: 'Personne', en: 'Actor' },
  action: { fr: 'Action', en: 'Action' },
  state: { fr: 'État', en: 'State' },
  actingFor: { fr: 'pour {name}', en: 'for {name}' },
  noEvents: { fr: 'Aucun événement consigné.', en: 'No event recorded.' },
  sealLabel: { fr: 'Empreinte SHA-256 du document', en: 'SHA-256 fingerprint of the document' },
  sealFooter: { fr: 'SHA-256 :', en: 'SHA-256:' },
  sealNote: {
    fr: 'Cette empreinte couvre le contenu de toutes les pages, sauf la ligne qui l’affiche. Elle est calculée à la production du document et conservée par l’établissement : si elle diffère de l’empreinte recalculée ou de celle conservée, le document a été modifié.',
    en: 'This fingerprint covers the content of every page except the line that shows it. It is computed when the document is produced and kept by the institution: if it differs from the recomputed fingerprint or from the one on record, the document was altered.',
  },
} as const satisfies Record<string, LocalizedText>;

/** An engine string's key. */
export type EngineTextKey = keyof typeof ENGINE_TEXT;

/** An engine string in a page's language; `both` gives `français / English`. Placeholders `{name}` are filled from `values`. */
export function engineText(key: EngineTextKey, lang: PageLang | Lang, values: Readonly<Record<string, string | number>> = {}): string {
  const fill = (text: string): string => text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  const text = ENGINE_TEXT[key];
  if (lang === 'both') return text.fr === text.en ? fill(text.fr) : `${fill(text.fr)} / ${fill(text.en)}`;
  return fill(text[lang]);
}
