// The portal's framework: the SSA Québec-style compensation framework, with the CISSS de
// l'Outaouais volunteer programme added so the applicant and programme director pages run on the
// same institution (both are example configurations from @honoraria/example-configs).
import { defineFramework } from '@honoraria/core';
import type { Framework } from '@honoraria/core';
import { cisssOutaouaisVolunteer, ssaQuebecStyle } from '@honoraria/example-configs';

/** The portal's framework. */
export function portalFramework(): Framework {
  return defineFramework({ ...ssaQuebecStyle, volunteerProgramme: cisssOutaouaisVolunteer.volunteerProgramme });
}
