import { registerEnumType } from '@nestjs/graphql';
import {
  ADAPTATION_CHECKLIST,
  COOPERATION_MODES,
  INDUSTRIES,
  ORGANISATION_KINDS,
  PROJECT_STAGES,
  ROLES,
  SENSITIVITY_TIERS,
} from '@suanli/domain';

/** Turns a domain `as const` list into the enum object GraphQL registration expects. */
export function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

/**
 * Registers a GraphQL enum described for integrators: the type and every value. `values` must
 * name every member, so a value added to the domain list without a description fails to compile.
 */
export function registerDescribedEnum<E extends Record<string, string>>(
  enumRef: E,
  name: string,
  description: string,
  values: { [K in keyof E]: string },
): void {
  const valuesMap = Object.fromEntries(Object.entries(values).map(([key, text]) => [key, { description: text }]));
  registerEnumType(enumRef, { name, description, valuesMap: valuesMap as { [K in keyof E]: { description: string } } });
}

export const RoleEnum = enumOf(ROLES);
export const ProjectStageEnum = enumOf(PROJECT_STAGES);
export const OrganisationKindEnum = enumOf(ORGANISATION_KINDS);
export const IndustryEnum = enumOf(INDUSTRIES);
export const SensitivityTierEnum = enumOf(SENSITIVITY_TIERS);
export const CooperationModeEnum = enumOf(COOPERATION_MODES);
export const AdaptationChecklistItemEnum = enumOf(ADAPTATION_CHECKLIST);

registerDescribedEnum(RoleEnum, 'Role', 'What a person (or, for INTEGRATION, a token) may do.', {
  ADMIN: 'Centre staff with every permission: accounts, tokens, audit log.',
  MANAGER: 'Incubation manager: organisations, projects, compute, scheduling, invitations.',
  CONSULTANT: 'Policy consultant: reads organisations, projects and compute.',
  FOUNDER: 'A customer’s person: sees and acts for their own organisation only.',
  INTEGRATION: 'The role of API tokens; what a token may do comes from its scopes.',
});
registerDescribedEnum(ProjectStageEnum, 'ProjectStage', 'A project’s lifecycle: APPLIED → SCREENING → ADAPTATION → INCUBATING → GRADUATED, or EXITED / REJECTED.', {
  APPLIED: 'Application received, not yet screened.',
  SCREENING: 'Managers are assessing the application.',
  ADAPTATION: 'Porting the models to Ascend: 14 days, free of charge, with a checklist.',
  INCUBATING: 'In incubation, using the centre’s compute and services.',
  GRADUATED: 'Left incubation successfully (final).',
  EXITED: 'Left before graduating (final).',
  REJECTED: 'The application was turned down (final).',
});
registerDescribedEnum(OrganisationKindEnum, 'OrganisationKind', 'What kind of organisation a tenant is.', {
  CENTRE: 'The computing centre itself (exactly one).',
  STARTUP: 'A startup.',
  SME: 'A small or medium enterprise.',
  LARGE_ENTERPRISE: 'A large enterprise.',
  UNIVERSITY: 'A university.',
  RESEARCH_INSTITUTE: 'A research institute.',
  GOVERNMENT: 'A government department.',
});
registerDescribedEnum(IndustryEnum, 'Industry', 'The industry an organisation serves.', {
  MANUFACTURING: 'Manufacturing.',
  NEW_ENERGY: 'New energy.',
  TELECOMS: 'Telecommunications.',
  EDUCATION: 'Education.',
  REMOTE_SENSING: 'Remote sensing.',
  TRANSPORT: 'Transport.',
  HEALTHCARE: 'Healthcare.',
  AI_SERVICES: 'AI services and models.',
  PUBLIC_SECTOR: 'The public sector.',
});
registerDescribedEnum(SensitivityTierEnum, 'SensitivityTier', 'HIGH marks medical or otherwise sensitive data: shown everywhere the organisation appears.', {
  STANDARD: 'Ordinary business data.',
  ELEVATED: 'Data that needs more care than usual.',
  HIGH: 'Medical or otherwise sensitive data.',
});
registerDescribedEnum(CooperationModeEnum, 'CooperationMode', 'How a project works with the centre.', {
  RENTAL: 'Rents compute at below-market prices.',
  JOINT_INCUBATION: 'The centre incubates the project jointly.',
  COMPUTE_FOR_EQUITY: 'Pays for compute with shares instead of cash.',
});
registerDescribedEnum(AdaptationChecklistItemEnum, 'AdaptationChecklistItem', 'The steps of porting a project to Ascend; past the due date with any open, the adaptation is overdue.', {
  OPERATORS_PORTED: 'The models’ operators are ported to Ascend.',
  ACCURACY_VERIFIED: 'Results on Ascend match the original platform’s.',
  PERFORMANCE_VERIFIED: 'Performance on Ascend is verified.',
});
