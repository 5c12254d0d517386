import { defineFeature } from '../common/feature/define-feature.js';
import { UserErrorCode } from '../common/errors/error-codes.js';
import { ComputeModule } from './compute.module.js';
import { COMPUTE_FIELD_RULES } from './compute.field-rules.js';
import { CardEntity } from './entities/card.entity.js';
import { ClusterEntity } from './entities/cluster.entity.js';
import { NodeEntity } from './entities/node.entity.js';

export const computeFeature = defineFeature({
  name: 'compute',
  module: ComputeModule,
  entities: [ClusterEntity, NodeEntity, CardEntity],
  fieldRules: COMPUTE_FIELD_RULES,
  errorCodes: [UserErrorCode.NODE_NOT_DRAINED, UserErrorCode.NODE_BUSY, UserErrorCode.CLUSTER_NOT_EMPTY],
  permissions: ['COMPUTE_READ', 'INVENTORY_WRITE', 'TELEMETRY_WRITE', 'NODE_DRAIN'],
});
