import { Module } from '@nestjs/common';
import { ComputeModule } from '../compute/index.js';
import { AllocationFieldsResolver } from './allocation-fields.resolver.js';
import { AllocationsResolver } from './allocations.resolver.js';
import { ProjectAllocationFieldsResolver } from './project-allocation-fields.resolver.js';
import { ClusterUtilisationResolver } from './cluster-utilisation.resolver.js';
import { SchedulerModule } from './scheduler/scheduler.module.js';
import { SchedulingSettingsResolver } from './scheduling-settings.resolver.js';
import { AllocationQueriesService } from './services/allocation-queries.service.js';
import { AllocationRequestsService } from './services/allocation-requests.service.js';
import { SchedulingSettingsService } from './services/scheduling-settings.service.js';
import { SchedulingSnapshotService } from './services/scheduling-snapshot.service.js';
import { UrgencyResolver } from './urgency/urgency.resolver.js';
import { UrgencyService } from './urgency/urgency.service.js';

@Module({
  imports: [SchedulerModule, ComputeModule],
  providers: [
    AllocationRequestsService,
    AllocationQueriesService,
    SchedulingSettingsService,
    SchedulingSnapshotService,
    AllocationsResolver,
    AllocationFieldsResolver,
    ProjectAllocationFieldsResolver,
    ClusterUtilisationResolver,
    SchedulingSettingsResolver,
    UrgencyService,
    UrgencyResolver,
  ],
})
export class AllocationsModule {}
