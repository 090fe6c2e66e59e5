import type { FormMessageKey, ParseResult } from '@honoraria/core';
import { html, nothing } from 'lit';
import type { ControlProblem, FormState } from './form-control';
import { HonFormControl } from './form-control';

/**
 * A text field whose typed text core reads into an integer (cents, minutes) and writes back in
 * the element's language once the person leaves it. The subclasses only name core's parser and
 * formatter; no parsing rule lives here.
 */
export abstract class ParsedField extends HonFormControl {
  static override properties = {
    ...HonFormControl.properties,
    value: { attribute: false, noAccessor: true },
    defaultValue: { type: Number, attribute: 'value' },
    min: { type: Number },
    max: { type: Number },
    autocomplete: { type: String },
    text: { state: true },
  };

  /** The initial value (attribute `value`), restored on form reset. */
  declare defaultValue: number | undefined;
  /** The smallest value accepted. */
  declare min: number | undefined;
  /** The largest value accepted. */
  declare max: number | undefined;
  /** The `autocomplete` token, if any. */
  declare autocomplete: string;
  /** The text as typed, or undefined while it shows the default value. */
  protected declare text: string | undefined;

  constructor() {
    super();
    this.autocomplete = '';
  }

  /** The message keys' prefix: `money` or `duration`. */
  protected abstract readonly kind: 'money' | 'duration';
  /** The virtual keyboard to show. */
  protected abstract readonly keyboard: string;
  /** Reads typed text (core). */
  protected abstract parse(text: string): ParseResult<number, string>;
  /** Writes a value for people in the element's language (core). */
  protected abstract format(value: number): string;

  /** The value as an integer, or null when empty or not readable. */
  get value(): number | null {
    if (this.text === undefined) return this.defaultValue ?? null;
    const result = this.parse(this.text);
    return result.ok ? result.value : null;
  }
  set value(value: number | null) {
    const old = this.value;
    this.text = value === null || value === undefined ? '' : this.format(value);
    this.requestUpdate('value', old);
  }

  /** The text shown in the field. */
  protected shownText(): string {
    if (this.text !== undefined) return this.text;
    return this.defaultValue === undefined ? '' : this.format(this.defaultValue);
  }

  protected formValue(): FormState {
    const value = this.value;
    return value === null ? '' : String(value);
  }

  protected override formStateValue(): FormState {
    return this.text ?? this.shownText();
  }

  protected validate(): ControlProblem | undefined {
    const text = this.shownText();
    if (text.trim() === '') return this.required ? { flag: 'valueMissing', key: 'required' } : undefined;
    const result = this.parse(text);
    if (!result.ok) return { flag: 'badInput', key: `${this.kind}_${result.problem}` as FormMessageKey };
    if (this.min !== undefined && result.value < this.min) {
      return { flag: 'rangeUnderflow', key: `${this.kind}_too_small_bound`, params: { minimum: this.format(this.min) } };
    }
    if (this.max !== undefined && result.value > this.max) {
      return { flag: 'rangeOverflow', key: `${this.kind}_too_big_bound`, params: { maximum: this.format(this.max) } };
    }
    return undefined;
  }

  protected validationAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input');
  }

  protected resetValue(): void {
    this.text = undefined;
  }

  protected restoreValue(state: FormState): void {
    if (typeof state === 'string') this.text = state;
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.emitInput();
  }

  private onChange(): void {
    const value = this.value;
    if (value !== null) this.text = this.format(value);
    this.emitChange();
  }

  override render() {
    const describedBy = this.describedBy();
    return html`${this.renderLabel()}${this.renderHint()}${this.renderError()}
      <div class="field">
        <input
          part="input"
          id="control"
          type="text"
          spellcheck="false"
          .value=${this.shownText()}
          inputmode=${this.keyboard}
          autocomplete=${this.autocomplete || 'off'}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.errorShown() ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          @input=${this.onInput}
          @keydown=${this.submitOnEnter}
          @change=${this.onChange}
        />
      </div>`;
  }
}
