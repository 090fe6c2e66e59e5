// Type fixture: the React 19 JSX types of the hon-* tags (checked by `pnpm typecheck`).
import type {} from '@honoraria/forms/react';
import type { ReactElement } from 'react';

export function PaymentFields(): ReactElement {
  return (
    <form>
      <hon-text-field name="email" label="Courriel" type="email" required onhon-change={(e) => e.detail} />
      <hon-money-field name="amount" label="Montant" allowNegative={false} currency="CAD" />
      <hon-choice name="kind" options={[{ value: 'a', label: 'A' }]} />
      <hon-money cents={1234} />
      <hon-error-summary titlePrefix />
      {/* @ts-expect-error: `type` takes only text, email, tel or url */}
      <hon-text-field type="number" />
      {/* @ts-expect-error: `cents` is a number */}
      <hon-money cents={{}} />
      {/* @ts-expect-error: hon-nothing is not a tag */}
      <hon-nothing />
    </form>
  );
}
