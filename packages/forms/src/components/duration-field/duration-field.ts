import type { ParseResult } from '@honoraria/core';
import { formatDuration, parseDurationInput } from '@honoraria/core';
import { ParsedField } from '../../internal/parsed-field';
import { styles } from './duration-field.styles';

/**
 * @summary A duration typed as people write it (`1 h 30`, `1,5`, `1.5`, `90 min`, `1:30`), valued in integer minutes.
 *
 * Core's `parseDurationInput` reads the text and `formatDuration` rewrites it in the page's
 * language when the person leaves the field. `value` and the submitted value are minutes (`90`).
 *
 * @slot label - The label, when it needs markup (otherwise use the `label` attribute).
 * @slot hint - The hint, when it needs markup (otherwise use the `hint` attribute).
 * @event hon-input - On every keystroke.
 * @event hon-change - When the person leaves the field after a change; the text is then rewritten by core in the page language.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The inline error message.
 * @csspart error-prefix - The visually hidden "Erreur :" / "Error:" prefix.
 * @csspart input - The text input.
 * @cssprop --hon-duration-field-width - Width of the input (default 10rem).
 * @cssprop --hon-color-error - Error colour.
 * @cssprop --hon-color-focus - Focus ring colour.
 */
export class HonDurationField extends ParsedField {
  static override styles = styles;

  protected readonly kind = 'duration';
  protected readonly keyboard = 'text';

  protected parse(text: string): ParseResult<number, string> {
    return parseDurationInput(text);
  }

  protected format(value: number): string {
    return formatDuration(value, this.resolvedLang);
  }
}
