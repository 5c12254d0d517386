import { IntroductionEntity, MatchmakingSettingsEntity } from './introduction.entity.js';
import { MatchNeedEntity } from './match-need.entity.js';
import { MatchResourceConflictEntity, MatchResourceEntity, OrganisationCompetitorEntity } from './match-resource.entity.js';

export const MATCHMAKING_ENTITIES = [
  MatchResourceEntity, MatchResourceConflictEntity, OrganisationCompetitorEntity, MatchNeedEntity, IntroductionEntity, MatchmakingSettingsEntity,
];
