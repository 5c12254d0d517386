import { Module } from '@nestjs/common';
import { ComputeResolver } from './compute.resolver.js';
import { ClusterViewService } from './services/cluster-view.service.js';
import { InventoryService } from './services/inventory.service.js';

@Module({
  providers: [InventoryService, ClusterViewService, ComputeResolver],
  exports: [InventoryService],
})
export class ComputeModule {}
