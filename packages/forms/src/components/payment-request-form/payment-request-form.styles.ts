import { css } from 'lit';

/** Styles of `<hon-payment-request-form>`: every colour and size a `--hon-*` custom property. */
export const styles = css`
  :host {
    display: block;
    font-family: var(--hon-font-family, system-ui, sans-serif);
    color: var(--hon-color-text, #1a1a1a);
    line-height: 1.4;
    max-width: var(--hon-composite-max-width, 48rem);
  }
  * { box-sizing: border-box; }
  [hidden] { display: none !important; }
  h2, h3 { margin-block: 0 0.75rem; line-height: 1.25; }
  h2:focus, h3:focus { outline: 3px solid var(--hon-color-focus, #ffbf47); outline-offset: 2px; }
  fieldset { border: 0; padding: 0; margin: 0 0 1.5rem; min-width: 0; }
  legend { font-weight: 700; font-size: 1.25rem; margin-block-end: 0.5rem; }
  .row {
    border: 1px solid var(--hon-color-border, #6f777b);
    border-radius: var(--hon-radius, 4px);
    padding: 1rem;
    margin-block-end: 1rem;
  }
  .row .row-title { margin: 0 0 0.75rem; font-size: 1.05rem; }
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--hon-radius, 4px);
    border: 2px solid var(--hon-color-button, #00703c);
    background: var(--hon-color-button, #00703c);
    color: var(--hon-color-button-text, #fff);
    cursor: pointer;
  }
  button.secondary { background: var(--hon-color-background, #fff); color: var(--hon-color-button, #00703c); }
  button:focus-visible { outline: 3px solid var(--hon-color-focus, #ffbf47); outline-offset: 2px; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-block: 1rem; }
  .quote {
    border-inline-start: 6px solid var(--hon-color-quote, #1d70b8);
    padding: 0.5rem 1rem;
    margin-block: 1.5rem;
    background: var(--hon-color-quote-background, #f3f7fb);
  }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: start; padding: 0.35rem 0.5rem 0.35rem 0; vertical-align: top; border-bottom: 1px solid var(--hon-color-border, #b1b4b6); }
  td.amount, th.amount { text-align: end; white-space: nowrap; }
  .warnings { color: var(--hon-color-warning, #594d00); }
  .warnings li::marker { content: '⚠ '; }
  .error { border: 4px solid var(--hon-color-error, #d4351c); padding: 1rem; margin-block-end: 1rem; }
  .success { border: 4px solid var(--hon-color-success, #00703c); padding: 1rem; }
  .muted { color: var(--hon-color-hint, #505a5f); }
  @media (max-width: 30rem) {
    table, tbody, tr, td, th { display: block; width: 100%; }
    thead { display: none; }
    td.amount { text-align: start; }
  }
`;
