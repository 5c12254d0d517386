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

export const RoleEnum = enumOf(ROLES);
export const ProjectStageEnum = enumOf(PROJECT_STAGES);
export const OrganisationKindEnum = enumOf(ORGANISATION_KINDS);
export const IndustryEnum = enumOf(INDUSTRIES);
export const SensitivityTierEnum = enumOf(SENSITIVITY_TIERS);
export const CooperationModeEnum = enumOf(COOPERATION_MODES);
export const AdaptationChecklistItemEnum = enumOf(ADAPTATION_CHECKLIST);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(ProjectStageEnum, { name: 'ProjectStage' });
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind' });
registerEnumType(IndustryEnum, { name: 'Industry' });
registerEnumType(SensitivityTierEnum, {
  name: 'SensitivityTier',
  description: 'HIGH marks medical or otherwise sensitive data: shown everywhere the organisation appears.',
});
registerEnumType(CooperationModeEnum, { name: 'CooperationMode' });
registerEnumType(AdaptationChecklistItemEnum, { name: 'AdaptationChecklistItem' });
