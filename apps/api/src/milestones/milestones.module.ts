import { Module } from '@nestjs/common';
import { MilestonesResolver } from './milestones.resolver.js';
import { MilestoneEventFieldsResolver, ProjectMilestoneFieldsResolver } from './project-milestone-fields.resolver.js';
import { MilestonesService } from './services/milestones.service.js';

@Module({ providers: [MilestonesService, MilestonesResolver, ProjectMilestoneFieldsResolver, MilestoneEventFieldsResolver] })
export class MilestonesModule {}
