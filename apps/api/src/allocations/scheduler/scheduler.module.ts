import { Global, Module } from '@nestjs/common';
import { CLUSTER_WORK } from '../../compute/index.js';
import { ClusterWorkService } from './cluster-work.service.js';
import { SchedulerService } from './scheduler.service.js';

/** Global: the inventory (compute, below allocations) reaches the scheduler through CLUSTER_WORK. */
@Global()
@Module({ providers: [SchedulerService, { provide: CLUSTER_WORK, useClass: ClusterWorkService }], exports: [SchedulerService, CLUSTER_WORK] })
export class SchedulerModule {}
