import { css } from 'lit';

/**
 * The light default theme shared by every control. Every colour, size and font is a `--hon-*`
 * custom property with a default, read inside the shadow root only: nothing leaks to the page.
 */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: var(--hon-field-gap, 1.5rem);
    font-family: var(--hon-font-family, system-ui, sans-serif);
    font-size: var(--hon-font-size, 1rem);
    line-height: 1.4;
    color: var(--hon-color-text, #1a1a1a);
    max-width: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .label,
  legend {
    display: block;
    font-weight: var(--hon-label-font-weight, 700);
    margin-block-end: 0.25rem;
    padding: 0;
  }
  .optional {
    font-weight: 400;
  }
  .hint {
    color: var(--hon-color-hint, #505a5f);
    margin-block-end: 0.375rem;
  }
  .error {
    color: var(--hon-color-error, #b3261e);
    font-weight: 700;
    margin: 0 0 0.375rem;
  }
  :host(:state(user-invalid)) {
    border-inline-start: var(--hon-error-bar-width, 4px) solid var(--hon-color-error, #b3261e);
    padding-inline-start: 0.75rem;
  }
  input:not([type='radio'], [type='checkbox']) {
    font: inherit;
    color: inherit;
    width: 100%;
    max-width: var(--hon-input-max-width, 24rem);
    min-height: 2.5rem;
    padding: 0.375rem 0.5rem;
    border: var(--hon-border-width, 2px) solid var(--hon-color-border, #0b0c0c);
    border-radius: var(--hon-radius, 0);
    background: var(--hon-color-input-background, #fff);
  }
  input[aria-invalid='true'] {
    border-color: var(--hon-color-error, #b3261e);
  }
  input:focus-visible,
  button:focus-visible {
    outline: var(--hon-focus-width, 3px) solid var(--hon-color-focus, #ffbf47);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--hon-color-text, #1a1a1a);
  }
  input:disabled,
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
