import { css } from 'lit';
import { fieldStyles } from '../../internal/field.styles';

/** Styles of `<hon-choice>`. */
export const styles = [
  fieldStyles,
  css`
    .option {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
      margin-block: 0.5rem;
    }
    .option input {
      width: var(--hon-choice-size, 1.5rem);
      height: var(--hon-choice-size, 1.5rem);
      margin: 0;
      flex: none;
      accent-color: var(--hon-color-accent, #1d70b8);
    }
    .option input:focus-visible {
      outline: var(--hon-focus-width, 3px) solid var(--hon-color-focus, #ffbf47);
      outline-offset: 2px;
      box-shadow: none;
    }
    .option label {
      padding-block-start: 0.1rem;
      cursor: pointer;
    }
  `,
];
