// The shared conformance suite every Honoraria form control passes (after Shoelace's and Web
// Awesome's form-control base tests), run in real Chromium by @web/test-runner.
import { expect } from '@esm-bundle/chai';
import type { FormMessageKey } from '@honoraria/core';
import { formMessages } from '@honoraria/core';
import type { HonFormControl } from '../form-control';
import { axeViolations } from './axe';

/** How to exercise one control. */
export interface ConformanceConfig {
  /** The tag, such as `hon-text-field`. */
  readonly tag: string;
  /** Extra attributes for every mount (a label at least). */
  readonly attributes: string;
  /** Light-DOM children (options). */
  readonly children?: string;
  /** The message key shown when required and empty. */
  readonly requiredKey: FormMessageKey;
  /** Gives the control a valid value the way a person would (typing, clicking). */
  fill(el: HonFormControl): Promise<void>;
  /** The FormData entries under the control's name once filled. */
  readonly filledEntries: (entry: FormDataEntryValue) => void;
  /** How many entries a filled control submits (1 unless several checkboxes or files). */
  readonly filledCount?: number;
}

/** Sets an input's value as typing would, firing `input` then `change`. */
export function typeInto(input: HTMLInputElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The inner element matching a selector. */
export function inner<T extends Element = HTMLInputElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (found == null) throw new Error(`${el.localName} has no ${selector}`);
  return found;
}

async function settle(el: HonFormControl): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

/** Runs the conformance suite on one control. */
export function runFormControlConformance(config: ConformanceConfig): void {
  const { tag } = config;

  async function mount(attrs = '', wrapper = (inside: string) => inside): Promise<{ form: HTMLFormElement; el: HonFormControl }> {
    const host = document.createElement('div');
    host.innerHTML = `<main><h1>Test</h1>${wrapper(`<form>${`<${tag} name="field" ${config.attributes} ${attrs}>${config.children ?? ''}</${tag}>`}<button>OK</button></form>`)}</main>`;
    document.body.append(host);
    const el = host.querySelector(tag) as HonFormControl;
    await settle(el);
    return { form: host.querySelector('form')!, el };
  }

  function entries(form: HTMLFormElement): FormDataEntryValue[] {
    return new FormData(form).getAll('field');
  }

  describe(`<${tag}> form-control conformance`, () => {
    afterEach(() => {
      document.body.innerHTML = '';
      document.documentElement.lang = '';
    });

    it('is a form-associated control listed in form.elements', async () => {
      const { form, el } = await mount();
      expect((el.constructor as unknown as { formAssociated: boolean }).formAssociated).to.equal(true);
      expect([...form.elements]).to.include(el);
      expect(el.form).to.equal(form);
    });

    it('submits its value under its name in FormData', async () => {
      const { form, el } = await mount();
      await config.fill(el);
      await settle(el);
      const all = entries(form);
      expect(all.length).to.equal(config.filledCount ?? 1);
      config.filledEntries(all[0]!);
      expect([...new FormData(form).keys()].every((k) => k === 'field')).to.equal(true);
    });

    it('is invalid when required and empty, with :invalid and valueMissing', async () => {
      const { form, el } = await mount('required');
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.checkValidity()).to.equal(false);
      expect(form.checkValidity()).to.equal(false);
      expect(el.matches(':invalid')).to.equal(true);
    });

    it('is valid when required and filled, with :valid', async () => {
      const { form, el } = await mount('required');
      await config.fill(el);
      await settle(el);
      expect(el.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      expect(el.matches(':valid')).to.equal(true);
    });

    it("says what is missing in the page's language, from core's catalogue", async () => {
      const fr = await mount('required');
      expect(fr.el.validationMessage).to.equal(formMessages.fr[config.requiredKey]);
      document.body.innerHTML = '';
      const en = await mount('required', (inside) => `<div lang="en-CA">${inside}</div>`);
      expect(en.el.validationMessage).to.equal(formMessages.en[config.requiredKey]);
    });

    it('blocks the submit of a plain form while invalid', async () => {
      const { form } = await mount('required');
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted += 1;
      });
      form.requestSubmit();
      expect(submitted).to.equal(0);
    });

    it('shows an inline error prefixed "Erreur :", described by the field, after reportValidity', async () => {
      const { el } = await mount('required');
      expect(inner(el, '[part="error"]').hidden).to.equal(true);
      el.reportValidity();
      await settle(el);
      const error = inner<HTMLElement>(el, '[part="error"]');
      expect(error.hidden).to.equal(false);
      expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Erreur : ${formMessages.fr[config.requiredKey]}`);
      const described = el.shadowRoot!.querySelector('[aria-describedby~="error"]');
      expect(described, 'an element described by the error').to.exist;
      expect(el.matches(':state(user-invalid)')).to.equal(true);
    });

    it('goes back to its default value and hides errors on form reset', async () => {
      const { form, el } = await mount('required');
      const before = entries(form);
      el.reportValidity();
      await config.fill(el);
      await settle(el);
      form.reset();
      await settle(el);
      expect(entries(form)).to.deep.equal(before);
      expect(el.validity.valueMissing).to.equal(true);
      expect(inner(el, '[part="error"]').hidden).to.equal(true);
      expect(el.matches(':state(user-invalid)')).to.equal(false);
    });

    it('restores the state the browser kept', async () => {
      const first = await mount();
      await config.fill(first.el);
      await settle(first.el);
      const kept = entries(first.form);
      const state = (first.el as unknown as { formStateValue(): string | File | FormData | null }).formStateValue();
      document.body.innerHTML = '';
      const second = await mount();
      second.el.formStateRestoreCallback(state, 'restore');
      await settle(second.el);
      expect(entries(second.form)).to.deep.equal(kept);
      second.el.formStateRestoreCallback('{not a state', 'restore');
      await settle(second.el);
    });

    it('is disabled by a disabled fieldset, and enabled again', async () => {
      const { form, el } = await mount('required', (inside) => inside.replace('<form>', '<form><fieldset disabled>').replace('<button>', '</fieldset><button>'));
      expect(el.matches(':disabled')).to.equal(true);
      expect(el.willValidate).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      const focusables = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input, button')];
      expect(focusables.every((f) => f.disabled)).to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      await settle(el);
      expect(el.matches(':disabled')).to.equal(false);
      expect(el.willValidate).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
    });

    it('is disabled by its own attribute and submits nothing', async () => {
      const { form, el } = await mount('disabled');
      await settle(el);
      expect(el.matches(':disabled')).to.equal(true);
      expect(entries(form)).to.deep.equal([]);
    });

    it('delegates focus to its first inner control', async () => {
      const { el } = await mount();
      el.focus();
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement?.matches('input, button')).to.equal(true);
    });

    it('focuses the control named by each inner label when it is clicked', async () => {
      const { el } = await mount();
      const labels = [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('label[for]')];
      expect(labels.length).to.be.greaterThan(0);
      for (const label of labels) {
        const target = el.shadowRoot!.getElementById(label.htmlFor)!;
        label.click();
        expect(el.shadowRoot!.activeElement, label.textContent ?? '').to.equal(target);
      }
    });

    it('supports setCustomValidity like a native control', async () => {
      const { el } = await mount();
      el.setCustomValidity('Déjà utilisé.');
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('Déjà utilisé.');
      el.setCustomValidity('');
      expect(el.validity.valid).to.equal(true);
    });

    it('fires hon-input and hon-change when a person edits it', async () => {
      const { el } = await mount();
      const seen: string[] = [];
      el.addEventListener('hon-input', () => seen.push('input'));
      document.body.addEventListener('hon-change', () => seen.push('change'));
      await config.fill(el);
      expect(seen).to.include('input');
      expect(seen).to.include('change');
    });

    it('re-renders in English when the nearest lang changes', async () => {
      const { el } = await mount('', (inside) => `<section lang="fr">${inside}</section>`);
      expect(el.shadowRoot!.textContent).to.contain(formMessages.fr.optional);
      el.closest('section')!.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await settle(el);
      expect(el.shadowRoot!.textContent).to.contain(formMessages.en.optional);
      expect(el.shadowRoot!.textContent).not.to.contain(formMessages.fr.optional);
    });

    it('has no axe violations when empty, in error and filled', async () => {
      const { el } = await mount('required');
      expect(await axeViolations(), 'empty').to.deep.equal([]);
      el.reportValidity();
      await settle(el);
      expect(await axeViolations(), 'error').to.deep.equal([]);
      await config.fill(el);
      await settle(el);
      expect(await axeViolations(), 'filled').to.deep.equal([]);
    });
  });
}
