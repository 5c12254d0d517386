import { Module } from '@nestjs/common';
import { SchedulerModule } from '../allocations/scheduler/scheduler.module.js';
import { ComputeResolver } from './compute.resolver.js';
import { ClusterViewService } from './services/cluster-view.service.js';
import { InventoryService } from './services/inventory.service.js';

@Module({
  imports: [SchedulerModule],
  providers: [InventoryService, ClusterViewService, ComputeResolver],
  exports: [InventoryService],
})
export class ComputeModule {}
