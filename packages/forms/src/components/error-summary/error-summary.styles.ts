import { css } from 'lit';

/** Styles of `<hon-error-summary>`. */
export const styles = css`
  :host {
    display: block;
    font-family: var(--hon-font-family, system-ui, sans-serif);
    color: var(--hon-color-text, #1a1a1a);
  }
  [hidden] {
    display: none !important;
  }
  .summary {
    border: var(--hon-error-summary-border-width, 5px) solid var(--hon-color-error, #b3261e);
    padding: 1rem;
    margin-block-end: 2rem;
    overflow-wrap: anywhere;
  }
  .summary:focus {
    outline: var(--hon-focus-width, 3px) solid var(--hon-color-focus, #ffbf47);
    outline-offset: 0;
  }
  h2 {
    font-size: var(--hon-error-summary-title-size, 1.5rem);
    margin: 0 0 1rem;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    margin-block-end: 0.5rem;
  }
  a {
    color: var(--hon-color-error, #b3261e);
    font-weight: 700;
    text-decoration: underline;
  }
  a:focus-visible {
    outline: var(--hon-focus-width, 3px) solid var(--hon-color-focus, #ffbf47);
    background: var(--hon-color-focus, #ffbf47);
    color: var(--hon-color-text, #1a1a1a);
  }
`;
