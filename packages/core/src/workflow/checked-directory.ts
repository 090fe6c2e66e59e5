import type { LocalizedText } from '../i18n/lang-schema';
import type { StaffMember, UserDirectory } from '../ports/user-directory';

/**
 * Something the service could not do as configured, without failing the command: today, a
 * notification that cannot reach a staff member because the directory does not know them.
 */
export interface ServiceWarning {
  /** `staff_not_found`: no member with that user id; `no_staff_with_role`: nobody holds the role. */
  readonly code: 'staff_not_found' | 'no_staff_with_role';
  /** The user id looked up (`staff_not_found`). */
  readonly userId?: string;
  /** The role looked up (`no_staff_with_role`). */
  readonly role?: string;
  readonly message: LocalizedText;
}

/** Where warnings go: `console.warn` unless `createHonoraria({ onWarning })` says otherwise. */
export type WarningSink = (warning: ServiceWarning) => void;

/** The default sink: one line on the console, in English, with no personal data (ids only). */
export const consoleWarnings: WarningSink = (warning) => {
  console.warn(`[honoraria] ${warning.code}: ${warning.message.en}`);
};

/**
 * Wraps a directory so that a lookup finding nobody is reported (a notification to that person
 * or role would otherwise be lost silently); the answers are unchanged.
 */
export function checkedDirectory(directory: UserDirectory, warn: WarningSink): UserDirectory {
  return {
    async find(userId: string): Promise<StaffMember | null> {
      const member = await directory.find(userId);
      if (member === null) {
        warn({
          code: 'staff_not_found',
          userId,
          message: {
            fr: `L’annuaire ne connaît pas l’utilisateur ${userId} : aucun courriel ne peut lui être envoyé.`,
            en: `The directory does not know user ${userId}: no email can be sent to them.`,
          },
        });
      }
      return member;
    },
    async withRole(role: string): Promise<readonly StaffMember[]> {
      const members = await directory.withRole(role);
      if (members.length === 0) {
        warn({
          code: 'no_staff_with_role',
          role,
          message: {
            fr: `Personne ne détient le rôle ${role} dans l’annuaire : aucun courriel ne peut être envoyé à ce rôle.`,
            en: `Nobody holds the role ${role} in the directory: no email can be sent to that role.`,
          },
        });
      }
      return members;
    },
  };
}
