export const ORGANISATION_KINDS = [
  'CENTRE',
  'STARTUP',
  'SME',
  'LARGE_ENTERPRISE',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'GOVERNMENT',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Industries named in the source article. */
export const INDUSTRIES = [
  'MANUFACTURING',
  'NEW_ENERGY',
  'TELECOMS',
  'EDUCATION',
  'REMOTE_SENSING',
  'TRANSPORT',
  'HEALTHCARE',
  'AI_SERVICES',
  'PUBLIC_SECTOR',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** How sensitive an organisation's data is; HIGH (e.g. medical) is flagged everywhere it shows. */
export const SENSITIVITY_TIERS = ['STANDARD', 'ELEVATED', 'HIGH'] as const;
export type SensitivityTier = (typeof SENSITIVITY_TIERS)[number];

export const COOPERATION_MODES = ['RENTAL', 'JOINT_INCUBATION', 'COMPUTE_FOR_EQUITY'] as const;
export type CooperationMode = (typeof COOPERATION_MODES)[number];
