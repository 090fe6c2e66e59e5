import { defineMessages } from '../messages';

/** Messages of budget estimates. */
export const budgetMessages = defineMessages(
  'budget',
  {
    line: '{session} par séance × {sessions} séance(s) × {partners} personne(s) = {amount}',
    line_expenses: 'dépenses : {perSession} par séance et par personne, soit {amount}',
    not_compensable: '{category} : non rémunérée selon le cadre',
    no_rule: '{category} : aucune règle de rémunération ne s’applique',
    warn_no_rate_rule: 'Aucune règle de rémunération pour « {category} » dans la grille en vigueur.',
    warn_slip_likely: 'Une personne qui participerait à toutes les activités recevrait {amount} imposables dans l’année : au-delà du seuil du feuillet {slip} ({threshold}).',
    warn_expense_not_allowed: 'Ce type de dépense n’est pas admis par la politique de dépenses.',
  },
  {
    line: '{session} per session × {sessions} session(s) × {partners} person(s) = {amount}',
    line_expenses: 'expenses: {perSession} per session and person, that is {amount}',
    not_compensable: '{category}: not compensated under the framework',
    no_rule: '{category}: no rate rule applies',
    warn_no_rate_rule: 'No rate rule for “{category}” in the schedule in force.',
    warn_slip_likely: 'A person taking part in every activity would receive {amount} of taxable income in the year: above the {slip} threshold ({threshold}).',
    warn_expense_not_allowed: 'This type of expense is not allowed by the expense policy.',
  },
);
