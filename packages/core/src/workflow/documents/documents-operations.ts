import { getDocument } from './get-document';
import { getHistory } from './history';
import { getMyFiles } from './my-files';

/** The operations on My Files, documents and histories. */
export const documentsOperations = {
  getMyFiles,
  getDocument,
  getHistory,
};
