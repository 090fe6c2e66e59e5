// The one typed dictionary of the documents: every user-facing string, French first. An
// institution rewords any of them through `branding.wording`.

import type { MessageNamespace } from '@honoraria/core';
import { defineMessages } from '@honoraria/core';
import { commonEn, commonFr } from './common-messages';
import { mandateEn, mandateFr } from './mandate-messages';
import { paymentRequestEn, paymentRequestFr } from './payment-request-messages';
import { statementEn, statementFr } from './statement-messages';
import { volunteerEn, volunteerFr } from './volunteer-messages';

/** The key of a document string, such as `mandate.title` or `request.summary.total`. */
export type DocumentMessageKey = Extract<
  keyof typeof commonFr | keyof typeof mandateFr | keyof typeof paymentRequestFr | keyof typeof volunteerFr | keyof typeof statementFr,
  string
>;

function allMessages(): MessageNamespace<DocumentMessageKey> {
  return defineMessages(
    'pdf.documents',
    { ...commonFr, ...mandateFr, ...paymentRequestFr, ...volunteerFr, ...statementFr },
    { ...commonEn, ...mandateEn, ...paymentRequestEn, ...volunteerEn, ...statementEn },
  );
}

/**
 * Every string the six documents print, in French and English (namespace `pdf.documents`).
 * Built by a pure call, so an application that only verifies documents leaves it out of its bundle.
 */
export const documentMessages: MessageNamespace<DocumentMessageKey> = /* @__PURE__ */ allMessages();
