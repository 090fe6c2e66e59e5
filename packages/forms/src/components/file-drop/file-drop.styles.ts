import { css } from 'lit';
import { fieldStyles } from '../../internal/field.styles';

/** Styles of `<hon-file-drop>`. */
export const styles = [
  fieldStyles,
  css`
    .dropzone {
      border: var(--hon-border-width, 2px) dashed var(--hon-color-border, #0b0c0c);
      border-radius: var(--hon-radius, 0);
      padding: 1rem;
      max-width: var(--hon-input-max-width, 24rem);
      background: var(--hon-color-input-background, #fff);
    }
    .dropzone.dragging {
      background: var(--hon-color-drop-background, #e8f1f8);
      border-style: solid;
    }
    button {
      font: inherit;
      cursor: pointer;
      min-height: 2.25rem;
      padding: 0.25rem 0.75rem;
      border: var(--hon-border-width, 2px) solid var(--hon-color-button, #1d70b8);
      border-radius: var(--hon-radius, 0);
      background: var(--hon-color-input-background, #fff);
      color: var(--hon-color-button, #1d70b8);
      text-decoration: underline;
    }
    .files {
      list-style: none;
      padding: 0;
      margin: 0.75rem 0 0;
    }
    .file {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      padding-block: 0.25rem;
      overflow-wrap: anywhere;
    }
  `,
];
