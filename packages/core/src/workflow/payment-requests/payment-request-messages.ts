import { defineMessages } from '../../i18n/messages';

/** Texts of payment requests in French and English. */
export const paymentRequestMessages = defineMessages(
  'payment_requests',
  {
    attestation:
      'J’atteste que le temps et les dépenses déclarés sont exacts et liés à mon mandat. Je comprends que les sommes reçues peuvent être imposables et figurer sur un feuillet fiscal (T4A, relevé).',
    duplicate_line: 'Chaque ligne (temps ou dépense) doit avoir un identifiant distinct.',
    period_order: 'La fin de la période précède son début.',
    lines_outside_period: 'Une ligne est datée hors de la période de la demande.',
  },
  {
    attestation:
      'I attest that the time and expenses claimed are accurate and related to my mandate. I understand that the amounts received may be taxable and reported on a tax slip (T4A, RL).',
    duplicate_line: 'Each line (time or expense) needs a distinct id.',
    period_order: 'The period ends before it starts.',
    lines_outside_period: 'A line is dated outside the period of the request.',
  },
);
