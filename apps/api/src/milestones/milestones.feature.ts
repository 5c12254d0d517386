import { defineFeature } from '../common/feature/define-feature.js';
import { MilestoneEventEntity } from './entities/milestone-event.entity.js';
import { MilestoneEntity } from './entities/milestone.entity.js';
import { milestoneEventsByProjectLoader, milestonesByProjectLoader } from './loaders/milestones-by-project.loader.js';
import { MILESTONE_FIELD_RULES } from './milestones.field-rules.js';
import { MilestonesModule } from './milestones.module.js';
import { MIGRATIONS } from './migrations/index.js';

declare module '../common/graphql/loaders.js' {
  interface Loaders {
    milestonesByProject: ReturnType<typeof milestonesByProjectLoader>;
    milestoneEventsByProject: ReturnType<typeof milestoneEventsByProjectLoader>;
  }
}

/** Incubation milestones: set by managers, evidenced by founders, accepted or returned, every step kept. */
export const milestonesFeature = defineFeature({
  name: 'milestones',
  module: MilestonesModule,
  entities: [MilestoneEntity, MilestoneEventEntity],
  migrations: MIGRATIONS,
  fieldRules: MILESTONE_FIELD_RULES,
  loaders: {
    milestonesByProject: ({ dataSource }) => milestonesByProjectLoader(dataSource),
    milestoneEventsByProject: ({ dataSource }) => milestoneEventsByProjectLoader(dataSource),
  },
  permissions: ['MILESTONE_WRITE', 'MILESTONE_SUBMIT'],
});
