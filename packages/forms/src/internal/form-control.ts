import type { FormMessageKey, Lang, MessageParams } from '@honoraria/core';
import { formMessages, message } from '@honoraria/core';
import type { PropertyDeclaration, PropertyValues, TemplateResult } from 'lit';
import { LitElement, html, nothing } from 'lit';
import { LangController } from './lang-controller';

/** A reason a control's value is not acceptable: a validity flag and a `formMessages` key. */
export interface ControlProblem {
  readonly flag: keyof ValidityStateFlags;
  readonly key: FormMessageKey;
  readonly params?: MessageParams;
}

/** What the browser keeps for a control across a reload or the back button. */
export type FormState = string | File | FormData | null;

/**
 * The base of every Honoraria form control: a form-associated custom element over
 * `ElementInternals`. It submits its value with the form, takes part in constraint validation
 * with messages from core's French and English catalogues in the element's language, follows
 * `form.reset()`, a `<fieldset disabled>` and the browser's state restoration, and delegates
 * focus to its first inner control. Each control draws its own label, hint and error inside its
 * shadow root, so that `aria-describedby` and `<label for>` work.
 *
 * The inline error appears after the person leaves a field they changed, or after a failed
 * submit (see `<hon-error-summary>`); it is prefixed "Erreur :" / "Error:" for screen readers.
 */
export abstract class HonFormControl extends LitElement {
  /** Makes the element a form control. */
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    name: { type: String, reflect: true },
    label: { type: String },
    hint: { type: String },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    formDisabled: { state: true },
    showError: { state: true },
  };

  /** The name under which the value is submitted. */
  declare name: string;
  /** The label, drawn inside the element (or use the `label` slot). */
  declare label: string;
  /** A hint under the label (or use the `hint` slot). */
  declare hint: string;
  /** Whether a value is required. */
  declare required: boolean;
  /** Whether the control is disabled (also when inside a disabled `<fieldset>`). */
  declare disabled: boolean;
  /** Whether an ancestor `<fieldset disabled>` disables the control. */
  protected declare formDisabled: boolean;
  /** Whether the inline error is shown (after a change, or after a failed submit). */
  protected declare showError: boolean;

  /** The element's internals (public under this name so that axe-core can read them). */
  readonly internals: ElementInternals;
  private readonly langController = new LangController(this);
  private customMessage = '';

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.name = '';
    this.label = '';
    this.hint = '';
    this.required = false;
    this.disabled = false;
    this.formDisabled = false;
    this.showError = false;
  }

  /** The element's language: its nearest `lang`, across shadow roots, else French. */
  get resolvedLang(): Lang {
    return this.langController.lang;
  }

  /** The form the control belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The `<label>` elements of the document that target the control. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  /** The control's validity. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message of the current problem, in the element's language ("" when valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the control takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the control is disabled by its attribute or a disabled fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Checks validity; fires `invalid` when not valid. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Checks validity, shows the inline error and fires `invalid` when not valid. */
  reportValidity(): boolean {
    this.showError = true;
    return this.internals.reportValidity();
  }

  /** Sets a custom error message (empty to clear), as on native controls. */
  setCustomValidity(text: string): void {
    this.customMessage = text;
    this.syncValidity();
  }

  /** Shows the inline error if the value is not valid (called on a failed submit). */
  showErrors(): void {
    this.showError = true;
  }

  // --- what each control provides ---

  /** The value submitted with the form, or null for none. */
  protected abstract formValue(): FormState;
  /** The value to restore the control from after a reload (defaults to the submitted value). */
  protected formStateValue(): FormState {
    return this.formValue();
  }
  /** The problem with the current value, if any (required is checked here too). */
  protected abstract validate(): ControlProblem | undefined;
  /** The focusable inner element the browser's validation bubble points at. */
  protected abstract validationAnchor(): HTMLElement | null;
  /** Puts the default value back (on form reset). */
  protected abstract resetValue(): void;
  /** Restores a state saved by {@link formStateValue}. */
  protected abstract restoreValue(state: FormState): void;

  // --- ElementInternals callbacks ---

  /** Called by the form on `reset()`: the default value comes back and errors are hidden. */
  formResetCallback(): void {
    this.resetValue();
    this.showError = false;
    this.syncValidity();
  }

  /** Called when an ancestor `<fieldset>` is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Called when the browser restores the form (back button, reload) or autofills it. */
  formStateRestoreCallback(state: FormState, _reason: 'restore' | 'autocomplete'): void {
    try {
      this.restoreValue(state);
    } catch {
      // A state from another version of the control: keep the current value.
    }
  }

  // --- helpers for subclasses ---

  /** A message of the `forms` catalogue in the element's language. */
  protected msg(key: FormMessageKey, params?: MessageParams): string {
    return message(formMessages, key, this.resolvedLang, params);
  }

  /** Fires `hon-input` (on every edit). */
  protected emitInput(): void {
    this.dispatchEvent(new CustomEvent('hon-input', { bubbles: true, composed: true }));
  }

  /** Fires `hon-change` (when an edit is committed) and, unless told not to, lets the inline error show. */
  protected emitChange(showError = true): void {
    if (showError) this.showError = true;
    this.dispatchEvent(new CustomEvent('hon-change', { bubbles: true, composed: true }));
  }

  /**
   * Submits the form when Enter is pressed in an inner text input, as a native text input does
   * (inner inputs live in the shadow root, so the browser's implicit submission cannot see the
   * form): the form's default button submits, unless it is disabled.
   */
  protected submitOnEnter(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const form = this.internals.form;
    if (form === null) return;
    event.preventDefault();
    const submitter = [...form.elements].find(
      (el): el is HTMLButtonElement | HTMLInputElement =>
        (el instanceof HTMLButtonElement && el.type === 'submit') || (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'image')),
    );
    if (submitter === undefined) form.requestSubmit();
    else if (!submitter.disabled) form.requestSubmit(submitter);
  }

  /** The ids of the hint and error elements, for `aria-describedby`. */
  protected describedBy(): string {
    const ids: string[] = [];
    if (this.hasHint()) ids.push('hint');
    if (this.errorShown()) ids.push('error');
    return ids.join(' ');
  }

  /** Whether the inline error is visible. */
  protected errorShown(): boolean {
    return this.showError && !this.isDisabled && !this.internals.validity.valid;
  }

  /** Whether there is a hint (attribute or slotted). */
  protected hasHint(): boolean {
    return this.hint !== '' || this.querySelector(':scope > [slot="hint"]') !== null;
  }

  /** The label element; `forId` is the inner control it names. */
  protected renderLabel(forId = 'control', extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<label part="label" class="label" id="label" for=${forId}
      ><slot name="label">${this.label}</slot>${this.required ? nothing : html` <span class="optional">${this.msg('optional')}</span>`}${extra}</label
    >`;
  }

  /** The label content, for a `<legend>` or an attestation's checkbox. */
  protected renderLabelContent(): TemplateResult {
    return html`<slot name="label">${this.label}</slot>${this.required ? nothing : html` <span class="optional">${this.msg('optional')}</span>`}`;
  }

  /** The hint element (hidden when there is none). */
  protected renderHint(): TemplateResult {
    return html`<div part="hint" class="hint" id="hint" ?hidden=${!this.hasHint()}><slot name="hint">${this.hint}</slot></div>`;
  }

  /** The inline error element: real text, referenced by the control's `aria-describedby`. */
  protected renderError(): TemplateResult {
    const shown = this.errorShown();
    return html`<p part="error" class="error" id="error" ?hidden=${!shown}>
      ${shown ? html`<span class="visually-hidden" part="error-prefix">${this.msg('error_prefix')} </span>${this.validationMessage}` : nothing}
    </p>`;
  }

  /**
   * Keeps the submitted value and validity current as soon as anything changes, so that
   * `checkValidity()` right after an edit or a property change sees the new value.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (this.hasUpdated && this.internals !== undefined) this.syncFormState();
  }

  /** Writes the form value, validity and custom states after each render. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncFormState();
    const shown = this.errorShown();
    const error = this.renderRoot.querySelector('#error');
    const rendered = error !== null && !(error as HTMLElement).hidden;
    if (shown !== rendered || (shown && !(error?.textContent ?? '').includes(this.validationMessage))) this.requestUpdate();
  }

  /** Recomputes validity, its message (in the element's language) and the custom states. */
  protected syncValidity(): void {
    this.syncFormState();
    this.requestUpdate();
  }

  private syncFormState(): void {
    this.internals.setFormValue(this.formValue(), this.formStateValue());
    const anchor = this.validationAnchor() ?? undefined;
    const problem = this.isDisabled ? undefined : this.validate();
    if (this.customMessage !== '') this.internals.setValidity({ customError: true }, this.customMessage, anchor);
    else if (problem !== undefined) this.internals.setValidity({ [problem.flag]: true }, this.msg(problem.key, problem.params), anchor);
    else this.internals.setValidity({});
    const valid = this.internals.validity.valid;
    this.setState('invalid', !valid);
    this.setState('user-invalid', !valid && this.showError);
    this.setState('required', this.required);
    this.setState('disabled', this.isDisabled);
  }

  private setState(state: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(state);
      else this.internals.states.delete(state);
    } catch {
      // Browsers without CustomStateSet: the states are a styling convenience only.
    }
  }
}
