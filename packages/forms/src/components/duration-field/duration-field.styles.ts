import { css } from 'lit';
import { fieldStyles } from '../../internal/field.styles';

/** Styles of `<hon-duration-field>`. */
export const styles = [
  fieldStyles,
  css`
    input {
      font-variant-numeric: tabular-nums;
      max-width: var(--hon-duration-field-width, 10rem) !important;
    }
  `,
];
