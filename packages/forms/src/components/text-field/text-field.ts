import { html, nothing } from 'lit';
import type { ControlProblem, FormState } from '../../internal/form-control';
import { HonFormControl } from '../../internal/form-control';
import { styles } from './text-field.styles';

/**
 * @summary A one-line text field with its label, hint and inline error, in French or English.
 *
 * @slot label - The label, when it needs markup (otherwise use the `label` attribute).
 * @slot hint - The hint, when it needs markup (otherwise use the `hint` attribute).
 * @event hon-input - On every edit.
 * @event hon-change - When an edit is committed (the field loses focus after a change).
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The inline error message.
 * @csspart error-prefix - The visually hidden "Erreur :" / "Error:" prefix.
 * @csspart input - The text input.
 * @cssprop --hon-color-text - Text colour.
 * @cssprop --hon-color-border - Input border colour.
 * @cssprop --hon-color-error - Error colour.
 * @cssprop --hon-color-focus - Focus ring colour.
 * @cssprop --hon-input-max-width - Maximum width of the input.
 */
export class HonTextField extends HonFormControl {
  static override styles = styles;

  static override properties = {
    ...HonFormControl.properties,
    value: { attribute: false, noAccessor: true },
    defaultValue: { type: String, attribute: 'value' },
    type: { type: String },
    autocomplete: { type: String },
    inputmode: { type: String },
    minlength: { type: Number },
    maxlength: { type: Number },
    pattern: { type: String },
  };

  private dirty: string | undefined;

  /** The current value (the default value until changed). */
  get value(): string {
    return this.dirty ?? this.defaultValue;
  }
  set value(value: string) {
    const old = this.value;
    this.dirty = String(value);
    this.requestUpdate('value', old);
  }
  /** The initial value (attribute `value`), restored on form reset. */
  declare defaultValue: string;
  /** The kind of text: `text`, `email`, `tel` or `url`. */
  declare type: 'text' | 'email' | 'tel' | 'url';
  /** The `autocomplete` token (such as `email` or `given-name`). */
  declare autocomplete: string;
  /** The virtual keyboard hint (`numeric`, `decimal`…). */
  declare inputmode: string;
  /** The fewest characters accepted. */
  declare minlength: number | undefined;
  /** The most characters accepted. */
  declare maxlength: number | undefined;
  /** A regular expression the whole value must match. */
  declare pattern: string;

  constructor() {
    super();
    this.defaultValue = '';
    this.type = 'text';
    this.autocomplete = '';
    this.inputmode = '';
    this.pattern = '';
  }

  protected formValue(): FormState {
    return this.value;
  }

  protected validate(): ControlProblem | undefined {
    const v = this.value;
    if (v === '') return this.required ? { flag: 'valueMissing', key: 'required' } : undefined;
    if (this.minlength !== undefined && v.length < this.minlength) return { flag: 'tooShort', key: 'text_too_short', params: { minimum: this.minlength } };
    if (this.maxlength !== undefined && v.length > this.maxlength) return { flag: 'tooLong', key: 'text_too_long', params: { maximum: this.maxlength } };
    if (this.pattern !== '' && !new RegExp(`^(?:${this.pattern})$`, 'v').test(v)) return { flag: 'patternMismatch', key: 'text_pattern' };
    const input = this.validationAnchor() as HTMLInputElement | null;
    if (input?.validity.typeMismatch === true) return { flag: 'typeMismatch', key: 'text_pattern' };
    return undefined;
  }

  protected validationAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input');
  }

  protected resetValue(): void {
    this.dirty = undefined;
    this.requestUpdate();
  }

  protected restoreValue(state: FormState): void {
    if (typeof state === 'string') {
      this.value = state;
    }
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.emitInput();
  }

  override render() {
    const describedBy = this.describedBy();
    return html`${this.renderLabel()}${this.renderHint()}${this.renderError()}
      <div class="field">
        <input
          part="input"
          id="control"
          type=${this.type}
          .value=${this.value}
          autocomplete=${this.autocomplete || nothing}
          inputmode=${this.inputmode || nothing}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.errorShown() ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          @input=${this.onInput}
          @keydown=${this.submitOnEnter}
          @change=${() => this.emitChange()}
        />
      </div>`;
  }
}
