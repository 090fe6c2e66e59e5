import { html } from 'lit';
import type { ControlProblem, FormState } from '../../internal/form-control';
import { HonFormControl } from '../../internal/form-control';
import { styles } from './attestation.styles';

/**
 * @summary A statement a person attests by checking a box ("I attest that the information is
 * accurate"), recording which version of the policy they attested.
 *
 * When checked, `value` and the submitted value are the `policy-version` attested (`2026-03`);
 * when not, `""` and nothing is submitted. The policy version is shown under the statement.
 *
 * @slot label - The statement, when it needs markup such as a link to the policy (otherwise use the `label` attribute).
 * @slot hint - More explanation under the statement.
 * @event hon-input - When the box is checked or unchecked.
 * @event hon-change - When the box is checked or unchecked.
 * @csspart control - The checkbox.
 * @csspart label - The statement.
 * @csspart hint - The hint and policy version.
 * @csspart error - The inline error message.
 * @csspart error-prefix - The visually hidden "Erreur :" / "Error:" prefix.
 * @cssprop --hon-choice-size - The size of the checkbox.
 * @cssprop --hon-color-accent - The colour of the checked box.
 * @cssprop --hon-color-focus - Focus ring colour.
 */
export class HonAttestation extends HonFormControl {
  static override styles = styles;

  static override properties = {
    ...HonFormControl.properties,
    policyVersion: { type: String, attribute: 'policy-version' },
    defaultChecked: { type: Boolean, attribute: 'checked' },
    checked: { attribute: false, noAccessor: true },
    state: { state: true },
  };

  /** The version of the policy or agreement being attested. */
  declare policyVersion: string;
  /** Whether the box starts checked (attribute `checked`). */
  declare defaultChecked: boolean;
  private declare state: boolean | undefined;

  constructor() {
    super();
    this.policyVersion = '';
    this.defaultChecked = false;
  }

  /** Whether the box is checked. */
  get checked(): boolean {
    return this.state ?? this.defaultChecked;
  }
  set checked(checked: boolean) {
    const old = this.checked;
    this.state = Boolean(checked);
    this.requestUpdate('checked', old);
  }

  /** The policy version attested, or `""` while unchecked. */
  get value(): string {
    return this.checked ? this.policyVersion : '';
  }

  protected formValue(): FormState {
    return this.checked ? this.policyVersion : null;
  }

  protected override formStateValue(): FormState {
    return this.checked ? 'checked' : 'unchecked';
  }

  protected validate(): ControlProblem | undefined {
    return this.required && !this.checked ? { flag: 'valueMissing', key: 'required_attestation' } : undefined;
  }

  protected validationAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector('input');
  }

  protected resetValue(): void {
    this.state = undefined;
  }

  protected restoreValue(state: FormState): void {
    if (state === 'checked' || state === 'unchecked') this.state = state === 'checked';
    else if (typeof state === 'string') this.state = state === this.policyVersion;
  }

  private onChange(event: Event): void {
    this.checked = (event.target as HTMLInputElement).checked;
    this.emitInput();
    this.emitChange();
  }

  protected override hasHint(): boolean {
    return super.hasHint() || this.policyVersion !== '';
  }

  override render() {
    const describedBy = this.describedBy();
    return html`${this.renderError()}
      <div class="field option">
        <input
          part="control"
          id="control"
          type="checkbox"
          .checked=${this.checked}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.errorShown() ? 'true' : 'false'}
          aria-describedby=${describedBy}
          @change=${this.onChange}
        />
        <label part="label" class="label" id="label" for="control">${this.renderLabelContent()}</label>
      </div>
      <div part="hint" class="hint" id="hint" ?hidden=${!this.hasHint()}>
        <slot name="hint">${this.hint}</slot>
        ${this.policyVersion === '' ? '' : html`<div>${this.msg('attestation_version', { version: this.policyVersion })}</div>`}
      </div>`;
  }
}
