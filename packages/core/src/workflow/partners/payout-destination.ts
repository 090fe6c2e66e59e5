import type { PaymentProfile } from '../../schemas/payment-profile';
import { maskBankDetails } from '../../schemas/payment-profile';

/** The methods that send money to details the partner gives (an account, an email, an address). */
const DESTINATION_METHODS: ReadonlySet<PaymentProfile['method']> = new Set(['direct_deposit', 'bank_transfer', 'e_transfer', 'cheque']);

function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '***' : `${email.slice(0, 1)}***@${email.slice(at + 1)}`;
}

/**
 * Where a payment profile sends money, masked for the audit log and notifications: the method
 * and, for a deposit, institution, transit and account with all but the last digits hidden
 * (`direct_deposit` followed by the masked institution, transit and account); for an e-transfer, the email's first letter and domain.
 * Never the full details, and no hash of them (an account number is short enough to guess from one).
 */
export function destinationFingerprint(profile: PaymentProfile | undefined): string | null {
  if (profile === undefined) return null;
  if (profile.bank !== undefined && (profile.method === 'direct_deposit' || profile.method === 'bank_transfer')) {
    const bank = maskBankDetails(profile.bank);
    return `${profile.method} ${bank.institution ?? '-'}/${bank.transit}/${bank.account}`;
  }
  if (profile.method === 'e_transfer' && profile.eTransferEmail !== undefined) return `${profile.method} ${maskEmail(profile.eTransferEmail)}`;
  if (profile.method === 'cheque' && profile.mailingAddress !== undefined) return `${profile.method} ${profile.mailingAddress.postalCode.slice(0, 3)}***`;
  return profile.method;
}

function destinationOf(profile: PaymentProfile | undefined): string {
  if (profile === undefined) return '';
  return JSON.stringify([
    profile.method,
    profile.bank?.institution ?? null,
    profile.bank?.transit ?? null,
    profile.bank?.account ?? null,
    profile.eTransferEmail?.toLowerCase() ?? null,
    profile.method === 'cheque' ? (profile.mailingAddress ?? null) : null,
  ]);
}

/** Whether a new profile sends money somewhere else than the previous one (method, account, email or cheque address). */
export function destinationChanged(previous: PaymentProfile | undefined, next: PaymentProfile): boolean {
  return destinationOf(previous) !== destinationOf(next);
}

/**
 * Whether payouts to a partner are held: their profile sends money to details nobody with the
 * finance role has verified since they last changed.
 */
export function payoutHeld(profile: PaymentProfile | undefined): boolean {
  return profile !== undefined && DESTINATION_METHODS.has(profile.method) && profile.verifiedAt === undefined;
}
