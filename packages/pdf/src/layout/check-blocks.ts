// Checks the blocks a document returns before anything is laid out, so a mistake in a custom
// document is a typed error with a path, not a broken page.

import type { ErrorIssue } from '@honoraria/core';

type Path = readonly (string | number)[];

const isRichText = (value: unknown): boolean =>
  typeof value === 'string' ||
  (Array.isArray(value) && value.every((run) => typeof run === 'object' && run !== null && typeof (run as { text?: unknown }).text === 'string'));

const issue = (path: Path, what: string, fr: string, en: string): ErrorIssue => ({ path, code: what, message: { fr, en } });

function textIssue(value: unknown, path: Path): ErrorIssue[] {
  return isRichText(value) ? [] : [issue(path, 'invalid_type', 'Un texte est attendu.', 'Text is expected.')];
}

function tableIssues(block: Record<string, unknown>, path: Path): ErrorIssue[] {
  const columns = block.columns;
  if (!Array.isArray(columns) || columns.length === 0) {
    return [issue([...path, 'columns'], 'too_small', 'Un tableau a au moins une colonne.', 'A table has at least one column.')];
  }
  const issues: ErrorIssue[] = [];
  columns.forEach((column: { header?: unknown; width?: unknown }, i) => {
    if (typeof column?.header !== 'string') issues.push(...textIssue(column?.header, [...path, 'columns', i, 'header']));
    if (typeof column?.width !== 'number' || !(column.width > 0) || !Number.isFinite(column.width)) {
      issues.push(issue([...path, 'columns', i, 'width'], 'invalid_width', 'La largeur d’une colonne est un nombre positif.', 'A column width is a positive number.'));
    }
  });
  if (!Array.isArray(block.rows)) return [...issues, issue([...path, 'rows'], 'invalid_type', 'Les lignes forment une liste.', 'Rows are a list.')];
  block.rows.forEach((row: unknown, i) => {
    const cells = Array.isArray(row) ? row : (row as { cells?: unknown } | null)?.cells;
    if (!Array.isArray(cells) || !cells.every(isRichText)) {
      issues.push(issue([...path, 'rows', i], 'invalid_type', 'Une ligne est une liste de textes.', 'A row is a list of texts.'));
    }
  });
  return issues;
}

/** The problems in a list of blocks, with paths under `path`. */
export function blockIssues(blocks: unknown, path: Path): ErrorIssue[] {
  if (!Array.isArray(blocks)) return [issue(path, 'invalid_type', 'Le contenu est une liste de blocs.', 'The content is a list of blocks.')];
  return blocks.flatMap((value: unknown, index): ErrorIssue[] => {
    const at = [...path, index];
    const block = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    switch (block.type) {
      case 'heading':
      case 'paragraph':
      case 'notice':
        return textIssue(block.text, [...at, 'text']);
      case 'fields':
        return Array.isArray(block.fields)
          ? block.fields.flatMap((field: { label?: unknown; value?: unknown }, i) => [
              ...(typeof field?.label === 'string' ? [] : textIssue(undefined, [...at, 'fields', i, 'label'])),
              ...textIssue(field?.value, [...at, 'fields', i, 'value']),
            ])
          : [issue([...at, 'fields'], 'invalid_type', 'Les champs forment une liste.', 'Fields are a list.')];
      case 'list':
        return Array.isArray(block.items)
          ? block.items.flatMap((item: unknown, i) => textIssue(item, [...at, 'items', i]))
          : [issue([...at, 'items'], 'invalid_type', 'Les éléments forment une liste.', 'Items are a list.')];
      case 'table':
        return tableIssues(block, at);
      case 'spacer':
        return typeof block.height === 'number' && Number.isFinite(block.height)
          ? []
          : [issue([...at, 'height'], 'invalid_type', 'La hauteur est un nombre.', 'The height is a number.')];
      case 'page-break':
        return [];
      default:
        return [issue([...at, 'type'], 'invalid_block', 'Type de bloc inconnu.', 'Unknown block type.')];
    }
  });
}
