import { css } from 'lit';
import { fieldStyles } from '../../internal/field.styles';

/** Styles of `<hon-money-field>`. */
export const styles = [
  fieldStyles,
  css`
    input {
      font-variant-numeric: tabular-nums;
      max-width: var(--hon-money-field-width, 12rem) !important;
    }
  `,
];
