import { html } from 'lit';
import type { ControlProblem, FormState } from '../../internal/form-control';
import { HonFormControl } from '../../internal/form-control';
import { styles } from './choice.styles';

/** One option of a `<hon-choice>`. */
export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

/**
 * @summary Radios (one answer) or checkboxes (several) in a fieldset whose legend is the question.
 *
 * Options are `<option value="…">Text</option>` children (`selected` marks the defaults), read as
 * text (never as HTML), or the `options` property. With `type="radio"` the value is one string
 * (nothing is submitted until a choice is made); with `type="checkbox"` it is an array submitted
 * as one FormData entry per checked box, like native checkboxes. Arrow keys move between radios.
 *
 * @slot label - The legend, when it needs markup (otherwise use the `label` attribute).
 * @slot hint - The hint under the legend.
 * @event hon-input - When a box is checked or unchecked.
 * @event hon-change - When a box is checked or unchecked (committed at once).
 * @csspart fieldset - The fieldset.
 * @csspart legend - The legend (the question); it also carries the `label` part, as every control's label does.
 * @csspart label - The legend, under the name every control gives its label.
 * @csspart hint - The hint.
 * @csspart error - The inline error message.
 * @csspart error-prefix - The visually hidden "Erreur :" / "Error:" prefix.
 * @csspart option - The wrapper of one option.
 * @csspart control - Each radio or checkbox input.
 * @csspart option-label - The label of one option.
 * @cssprop --hon-choice-size - The size of the radios and checkboxes.
 * @cssprop --hon-color-accent - The colour of a checked box.
 * @cssprop --hon-color-focus - Focus ring colour.
 */
export class HonChoice extends HonFormControl {
  static override styles = styles;

  static override properties = {
    ...HonFormControl.properties,
    type: { type: String },
    options: { attribute: false, noAccessor: true },
    value: { attribute: false, noAccessor: true },
    selected: { state: true },
  };

  /** `radio` (one answer, the default) or `checkbox` (several). */
  declare type: 'radio' | 'checkbox';
  private ownOptions: readonly ChoiceOption[] | undefined;
  private childOptions: readonly ChoiceOption[] = [];

  /** The options; read from the `<option>` children unless set. */
  get options(): readonly ChoiceOption[] {
    return this.ownOptions ?? this.childOptions;
  }
  set options(options: readonly ChoiceOption[]) {
    const old = this.options;
    this.ownOptions = options;
    this.requestUpdate('options', old);
  }

  /** The checked values, or undefined while showing the defaults. */
  protected declare selected: readonly string[] | undefined;

  private readonly observer = new MutationObserver(() => this.readOptions());

  constructor() {
    super();
    this.type = 'radio';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readOptions();
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['value', 'selected'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  private readOptions(): void {
    const old = this.options;
    this.childOptions = [...this.querySelectorAll<HTMLOptionElement>(':scope > option')].map((o) => ({ value: o.value, label: o.textContent?.trim() ?? '' }));
    this.requestUpdate('options', old);
  }

  private defaults(): readonly string[] {
    return [...this.querySelectorAll<HTMLOptionElement>(':scope > option[selected]')].map((o) => o.value);
  }

  private current(): readonly string[] {
    return this.selected ?? this.defaults();
  }

  /** The checked value (radio: a string, `""` for none) or values (checkbox: an array). */
  get value(): string | string[] {
    const current = this.current();
    return this.type === 'checkbox' ? [...current] : (current[0] ?? '');
  }
  set value(value: string | readonly string[]) {
    const old = this.value;
    this.selected = typeof value === 'string' ? (value === '' ? [] : [value]) : [...value];
    this.requestUpdate('value', old);
  }

  protected formValue(): FormState {
    const current = this.current();
    if (current.length === 0) return null;
    if (this.type !== 'checkbox') return current[0] ?? null;
    const data = new FormData();
    for (const v of current) data.append(this.name, v);
    return data;
  }

  protected override formStateValue(): FormState {
    return JSON.stringify(this.current());
  }

  protected validate(): ControlProblem | undefined {
    if (this.required && this.current().length === 0) {
      return { flag: 'valueMissing', key: this.type === 'checkbox' ? 'required_choices' : 'required_choice' };
    }
    return undefined;
  }

  protected validationAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input');
  }

  protected resetValue(): void {
    this.selected = undefined;
  }

  protected restoreValue(state: FormState): void {
    if (state instanceof FormData) this.selected = state.getAll(this.name).map(String);
    else if (typeof state === 'string') this.selected = state.startsWith('[') ? (JSON.parse(state) as unknown[]).map(String) : [state];
  }

  private onChange(option: ChoiceOption, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    if (this.type === 'checkbox') {
      const rest = this.current().filter((v) => v !== option.value);
      this.selected = checked ? [...rest, option.value] : rest;
    } else if (checked) {
      this.selected = [option.value];
    }
    this.emitInput();
    this.emitChange();
  }

  override render() {
    const current = this.current();
    const type = this.type === 'checkbox' ? 'checkbox' : 'radio';
    const invalid = this.errorShown();
    return html`<fieldset part="fieldset" class="field" aria-describedby=${this.describedBy()}>
      <legend part="legend label">${this.renderLabelContent()}</legend>
      ${this.renderHint()}${this.renderError()}
      ${this.options.map(
        (option, i) => html`<div class="option" part="option">
          <input
            part="control"
            type=${type}
            id=${`option-${i}`}
            name="choice"
            .value=${option.value}
            .checked=${current.includes(option.value)}
            ?disabled=${this.isDisabled}
            ?required=${this.required && type === 'radio'}
            aria-invalid=${invalid && type === 'checkbox' ? 'true' : 'false'}
            @change=${(e: Event) => this.onChange(option, e)}
          />
          <label part="option-label" for=${`option-${i}`}>${option.label}</label>
        </div>`,
      )}
    </fieldset>`;
  }
}
