import { css } from 'lit';
import { fieldStyles } from '../../internal/field.styles';

/** Styles of `<hon-memorable-date>`. */
export const styles = [
  fieldStyles,
  css`
    .parts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--hon-date-gap, 1rem);
    }
    .part label {
      display: block;
      margin-block-end: 0.25rem;
    }
    .part input {
      width: 3.5em;
    }
    .part.month input {
      width: 7.5em;
    }
    .part.year input {
      width: 5em;
    }
  `,
];
