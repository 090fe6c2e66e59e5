import type { DateParts, DatePartName, IsoDate } from '@honoraria/core';
import { datePartOrder, formatDate, monthNames, parseDateParts, splitIsoDate } from '@honoraria/core';
import { html, nothing } from 'lit';
import type { ControlProblem, FormState } from '../../internal/form-control';
import { HonFormControl } from '../../internal/form-control';
import { styles } from './memorable-date.styles';

const EMPTY: DateParts = { day: '', month: '', year: '' };
const KEYS = { day: 'date_day', month: 'date_month', year: 'date_year' } as const;
const WRONG_PART: Readonly<Record<string, DatePartName>> = { invalid_day: 'day', invalid_month: 'month', invalid_year: 'year' };

/**
 * @summary A date a person knows (birth, start of a mandate): three labelled fields, day, month
 * and year, in the order the language speaks a date (27 mars 2007 / March 27, 2007).
 *
 * The month may be typed as a number or a name in French or English (`mars`, `March`, `févr.`).
 * Core's `parseDateParts` reads the fields; `value` and the submitted value are an ISO date
 * (`2007-03-27`), or `""` while incomplete. Fields never move focus on their own.
 *
 * @slot label - The legend, when it needs markup (otherwise use the `label` attribute).
 * @slot hint - The hint (default: "Par exemple, 27 mars 2007" / "For example, March 27, 2007").
 * @event hon-input - On every keystroke in any field.
 * @event hon-change - When a field's edit is committed; the error shows once focus leaves the three fields.
 * @csspart fieldset - The fieldset grouping the three fields.
 * @csspart legend - The legend naming the date.
 * @csspart label - The legend, under the name every control gives its label.
 * @csspart hint - The hint.
 * @csspart error - The inline error message.
 * @csspart error-prefix - The visually hidden "Erreur :" / "Error:" prefix.
 * @csspart part - The wrapper of one field (label and input).
 * @csspart part-label - The label of one field (Jour, Mois, Année).
 * @csspart input - Each of the three inputs.
 * @csspart day - The day input.
 * @csspart month - The month input.
 * @csspart year - The year input.
 * @cssprop --hon-date-gap - Space between the three fields.
 * @cssprop --hon-color-error - Error colour.
 * @cssprop --hon-color-focus - Focus ring colour.
 */
export class HonMemorableDate extends HonFormControl {
  static override styles = styles;

  static override properties = {
    ...HonFormControl.properties,
    value: { attribute: false, noAccessor: true },
    defaultValue: { type: String, attribute: 'value' },
    min: { type: String },
    max: { type: String },
    autocomplete: { type: String },
    parts: { state: true },
  };

  /** The initial date (attribute `value`, ISO), restored on form reset. */
  declare defaultValue: string;
  /** The earliest date accepted (ISO). */
  declare min: string;
  /** The latest date accepted (ISO). */
  declare max: string;
  /** `bday` for a birth date: the fields then autocomplete as `bday-day`, `bday-month`, `bday-year`. */
  declare autocomplete: string;
  /** The fields as typed, or undefined while showing the default value. */
  protected declare parts: DateParts | undefined;

  constructor() {
    super();
    this.defaultValue = '';
    this.min = '';
    this.max = '';
    this.autocomplete = '';
  }

  /** The date (ISO `YYYY-MM-DD`), or `""` when the fields are empty or do not make a date. */
  get value(): IsoDate | '' {
    const result = parseDateParts(this.shownParts());
    return result.ok ? result.value : '';
  }
  set value(value: IsoDate | '') {
    const old = this.value;
    this.parts = value === '' || value == null ? EMPTY : splitIsoDate(value);
    this.requestUpdate('value', old);
  }

  private shownParts(): DateParts {
    if (this.parts !== undefined) return this.parts;
    return this.defaultValue === '' ? EMPTY : splitIsoDate(this.defaultValue);
  }

  protected formValue(): FormState {
    return this.value;
  }

  protected override formStateValue(): FormState {
    return JSON.stringify(this.shownParts());
  }

  protected validate(): ControlProblem | undefined {
    const result = parseDateParts(this.shownParts());
    if (!result.ok) {
      if (result.problem === 'empty') return this.required ? { flag: 'valueMissing', key: 'required_date' } : undefined;
      return { flag: 'badInput', key: `date_${result.problem}` };
    }
    const lang = this.resolvedLang;
    if (this.min !== '' && result.value < this.min) return { flag: 'rangeUnderflow', key: 'date_too_early', params: { minimum: formatDate(this.min, lang) } };
    if (this.max !== '' && result.value > this.max) return { flag: 'rangeOverflow', key: 'date_too_late', params: { maximum: formatDate(this.max, lang) } };
    return undefined;
  }

  protected validationAnchor(): HTMLElement | null {
    const result = parseDateParts(this.shownParts());
    const wrong = result.ok ? undefined : WRONG_PART[result.problem];
    return this.renderRoot.querySelector(wrong === undefined ? 'input' : `#${wrong}`);
  }

  protected resetValue(): void {
    this.parts = undefined;
  }

  protected restoreValue(state: FormState): void {
    if (typeof state !== 'string') return;
    if (/^\d{4}-\d{2}-\d{2}$/.test(state)) {
      this.parts = splitIsoDate(state);
      return;
    }
    const parsed = JSON.parse(state) as Partial<DateParts>;
    this.parts = { day: String(parsed.day ?? ''), month: String(parsed.month ?? ''), year: String(parsed.year ?? '') };
  }

  private onInput(name: DatePartName, event: Event): void {
    this.parts = { ...this.shownParts(), [name]: (event.target as HTMLInputElement).value };
    this.emitInput();
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next === null || !this.renderRoot.contains(next)) {
      if (this.parts !== undefined) this.showError = true;
    }
  }

  private renderPart(name: DatePartName, wrong: DatePartName | 'all' | undefined) {
    const value = this.shownParts()[name];
    const invalid = this.errorShown() && (wrong === 'all' || wrong === name);
    const auto = this.autocomplete === 'bday' ? `bday-${name}` : 'off';
    return html`<div class="part ${name}" part="part">
      <label part="part-label" for=${name}>${this.msg(KEYS[name])}</label>
      <input
        part="input ${name}"
        id=${name}
        type="text"
        .value=${value}
        inputmode=${name === 'month' ? 'text' : 'numeric'}
        autocomplete=${auto}
        list=${name === 'month' ? 'months' : nothing}
        spellcheck="false"
        ?disabled=${this.isDisabled}
        aria-invalid=${invalid ? 'true' : 'false'}
        @input=${(e: Event) => this.onInput(name, e)}
        @change=${() => this.emitChange(false)}
        @keydown=${this.submitOnEnter}
      />
    </div>`;
  }

  override render() {
    const lang = this.resolvedLang;
    const result = parseDateParts(this.shownParts());
    const wrong = result.ok ? 'all' : (WRONG_PART[result.problem] ?? 'all');
    const hint = this.hint !== '' || this.querySelector(':scope > [slot="hint"]') !== null ? this.hint : this.msg('date_hint');
    const describedBy = ['hint', ...(this.errorShown() ? ['error'] : [])].join(' ');
    return html`<fieldset part="fieldset" class="field" aria-describedby=${describedBy} @focusout=${this.onFocusOut}>
      <legend part="legend label">${this.renderLabelContent()}</legend>
      <div part="hint" class="hint" id="hint"><slot name="hint">${hint}</slot></div>
      ${this.renderError()}
      <div class="parts">${datePartOrder(lang).map((name) => this.renderPart(name, wrong))}</div>
      <datalist id="months">${monthNames(lang).map((m) => html`<option value=${m}></option>`)}</datalist>
    </fieldset>`;
  }
}
