import { describe, expect, it } from 'vitest';
import { checkMessageParity } from '../../../src/i18n/messages';
import { applicationNotifications } from '../../../src/workflow/applications/application-notifications';
import { deadlineNotifications } from '../../../src/workflow/deadlines/deadline-notifications';

describe('volunteer programme and deadline notifications', () => {
  it('exist in French and English with the same placeholders', () => {
    expect(checkMessageParity(applicationNotifications)).toEqual([]);
    expect(checkMessageParity(deadlineNotifications)).toEqual([]);
  });
});
