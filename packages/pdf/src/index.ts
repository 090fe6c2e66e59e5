// @honoraria/pdf: documents rendered with pdf-lib.
export const PDF_CONTENT_TYPE = 'application/pdf';
