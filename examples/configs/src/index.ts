// Forkable Honoraria framework configurations. Each number says where it comes from.
export { cisssOutaouaisVolunteer } from './cisss-outaouais-volunteer';
export { hecTiers } from './hec-tiers';
export { nihrStyle } from './nihr-style';
export { pricedRule } from './priced-rule';
export type { RateRuleInput } from './priced-rule';
export { SOURCES, illustrative } from './sources';
export { ssaQuebecStyle } from './ssa-quebec-style';
export { t4aRule } from './common';
