import { css } from 'lit';

/** Styles of `<hon-money>`. */
export const styles = css`
  :host {
    display: inline;
    font-variant-numeric: tabular-nums;
    color: var(--hon-money-color, inherit);
  }
`;
