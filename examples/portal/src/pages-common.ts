// Small renderers the role pages share: tables, status labels, money.
import type { Lang } from '@honoraria/core';
import { formatCents } from '@honoraria/core';
import { MACHINE_LABELS } from '@honoraria/core/machines';
import type { MachineKind } from '@honoraria/core/machines';
import { html } from './html';
import type { Html } from './html';
import { t } from './messages';

/** A state's label in `lang`, from the core's machine labels. */
export function statusLabel(kind: MachineKind, status: string, lang: Lang): string {
  const states = MACHINE_LABELS[kind].states as Readonly<Record<string, { readonly fr: string; readonly en: string }>>;
  return states[status]?.[lang] ?? status;
}

/** Cents as money in `lang`, or a dash. */
export function money(cents: number | null | undefined, currency: string | null | undefined, lang: Lang): string {
  return cents === null || cents === undefined ? '—' : formatCents(cents, currency ?? 'CAD', lang);
}

/** A table with a caption, or "nothing yet". */
export function table(lang: Lang, caption: string, head: readonly string[], rows: readonly (readonly (string | Html)[])[]): Html {
  if (rows.length === 0) return html`<p>${t(lang, 'none')}</p>`;
  return html`<table><caption>${caption}</caption><thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody></table>`;
}
