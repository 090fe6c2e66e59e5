// Sample outbox notifications, already rendered, as core's dispatcher hands them to a notifier.
import type { OutgoingNotification } from '@honoraria/core';

/** A French notification to an approver, with one link. */
export function frenchNotification(overrides: Partial<OutgoingNotification> = {}): OutgoingNotification {
  return {
    id: 'out_0001',
    template: 'mandate.awaiting_approval',
    lang: 'fr',
    to: { email: 'approbatrice@cisss.example', name: 'Hélène Tremblay' },
    subject: 'Mandat à approuver : comité des usagers',
    text: 'Bonjour Hélène,\n\nUn mandat attend votre approbation.\nMerci de le vérifier d’ici vendredi.',
    links: [{ label: 'Voir le mandat', url: 'https://portail.cisss.example/mandats/mnd_0001' }],
    subjectRef: { type: 'mandate', id: 'mnd_0001' },
    ...overrides,
  };
}

/** An English notification to a partner, with two links. */
export function englishNotification(overrides: Partial<OutgoingNotification> = {}): OutgoingNotification {
  return {
    id: 'out_0002',
    template: 'payment_request.approved',
    lang: 'en',
    to: { email: 'partner@example.org', name: 'Sam Wilson' },
    subject: 'Your payment request was approved',
    text: 'Hello Sam,\n\nYour payment request for March was approved.',
    links: [
      { label: 'See the request', url: 'https://portal.cisss.example/requests/prq_0007' },
      { label: 'My files', url: 'https://portal.cisss.example/files?tab=all&sort=date' },
    ],
    subjectRef: { type: 'payment_request', id: 'prq_0007' },
    ...overrides,
  };
}
