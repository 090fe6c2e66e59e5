import { css } from 'lit';
import { fieldStyles } from '../../internal/field.styles';

/** Styles of `<hon-text-field>`. */
export const styles = [fieldStyles, css``];
