import type { OperationMap } from '../operation';
import { acceptApplication } from './accept-application';
import { getApplication, listApplications, listParkingPasses } from './application-queries';
import { declineApplication, withdrawApplication } from './close-application';
import { completeOrientation } from './complete-orientation';
import { holdApplication, resumeApplication } from './hold-application';
import { issueParkingPass } from './issue-parking-pass';
import { recordJointInterview, scheduleJointInterview } from './joint-interview';
import { recordPhoneInterview, schedulePhoneInterview } from './phone-interview';
import { submitApplication } from './submit-application';
import { registerVolunteer, scheduleOrientation } from './volunteer-onboarding';

/** The operations of the volunteer partner-user programme. */
export const applicationsOperations = {
  submitApplication,
  schedulePhoneInterview,
  recordPhoneInterview,
  scheduleJointInterview,
  recordJointInterview,
  acceptApplication,
  declineApplication,
  withdrawApplication,
  holdApplication,
  resumeApplication,
  registerVolunteer,
  scheduleOrientation,
  completeOrientation,
  issueParkingPass,
  getApplication,
  listApplications,
  listParkingPasses,
} satisfies OperationMap;
