import { getDocument } from './get-document';
import { history } from './history';
import { myFiles } from './my-files';

/** The operations on My Files, documents and histories. */
export const documentsOperations = {
  myFiles,
  getDocument,
  history,
};
